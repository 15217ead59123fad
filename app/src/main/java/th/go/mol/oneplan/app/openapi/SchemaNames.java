package th.go.mol.oneplan.app.openapi;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import org.springframework.stereotype.Component;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Watches which Java type each schema name was made from. springdoc names a schema by the simple class name, so
 * two records both called {@code Project} (the plan's and the budget's) silently become one schema, and one of
 * them is described with the other's fields. A clash is kept here (and logged) so that OpenApiIT fails on it;
 * the fix is {@code @Schema(name = "...")} on one of them.
 */
@Component
public class SchemaNames implements ModelConverter {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SchemaNames.class);
    private final Map<String, Class<?>> typeOfName = new ConcurrentHashMap<>();
    private final Map<String, List<String>> clashes = new ConcurrentHashMap<>();

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (!chain.hasNext()) {
            return null;
        }
        Schema<?> schema = chain.next().resolve(type, context, chain);
        JavaType javaType = Json.mapper().constructType(type.getType());
        Class<?> raw = javaType.getRawClass();
        if (schema != null && schema.getName() != null && raw.getName().startsWith("th.go.mol.oneplan")) {
            Class<?> earlier = typeOfName.putIfAbsent(schema.getName(), raw);
            if (earlier != null && !earlier.equals(raw)) {
                log.warn("Two types share the OpenAPI schema name {}: {} and {}", schema.getName(), earlier.getName(),
                        raw.getName());
                clashes.put(schema.getName(), List.of(earlier.getName(), raw.getName()));
            }
        }
        return schema;
    }

    /** Schema names made from more than one type since the description was first produced. */
    public Map<String, List<String>> clashes() {
        return Map.copyOf(clashes);
    }
}
