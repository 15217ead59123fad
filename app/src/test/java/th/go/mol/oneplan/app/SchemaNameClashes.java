package th.go.mol.oneplan.app;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The schema names springdoc will give the types the API reads and answers: {@code @Schema(name)} or the simple
 * class name. Two types with one name become one schema in the description, which then describes only one of
 * them (as the plan's and the budget's {@code Project} once did), so OpenApiIT wants none.
 */
final class SchemaNameClashes {
    private static final String OURS = "th.go.mol.oneplan.";
    private final Map<String, Set<String>> typesByName = new TreeMap<>();
    private final Set<Class<?>> seen = new HashSet<>();

    static Map<String, Set<String>> in(Collection<HandlerMethod> handlers) {
        SchemaNameClashes walk = new SchemaNameClashes();
        for (HandlerMethod handler : handlers) {
            walk.visit(ResolvableType.forMethodReturnType(handler.getMethod()));
            for (MethodParameter parameter : handler.getMethodParameters()) {
                if (parameter.hasParameterAnnotation(RequestBody.class)) {
                    walk.visit(ResolvableType.forMethodParameter(parameter));
                }
            }
        }
        Map<String, Set<String>> clashes = new TreeMap<>();
        walk.typesByName.forEach((name, types) -> {
            if (types.size() > 1) {
                clashes.put(name, types);
            }
        });
        return clashes;
    }

    private void visit(ResolvableType type) {
        for (ResolvableType generic : type.getGenerics()) {
            visit(generic);
        }
        if (type.isArray()) {
            visit(type.getComponentType());
        }
        Class<?> raw = type.resolve();
        if (raw == null || !raw.getName().startsWith(OURS) || raw.isEnum() || !seen.add(raw)) {
            return;
        }
        Schema schema = raw.getAnnotation(Schema.class);
        String name = schema != null && !schema.name().isBlank() ? schema.name() : raw.getSimpleName();
        typesByName.computeIfAbsent(name, n -> new TreeSet<>()).add(raw.getName());
        if (raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
                visit(ResolvableType.forType(component.getGenericType()));
            }
        } else {
            for (Field field : raw.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    visit(ResolvableType.forField(field));
                }
            }
        }
    }

    private SchemaNameClashes() {
    }
}
