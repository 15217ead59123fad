package th.go.mol.oneplan.app.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Two rules of this API's JSON that springdoc cannot see from the Java types:
 * <ul>
 * <li>A field not listed as required may be absent or {@code null} (answers leave most empty fields out, the
 * drive and budget views send them as null; a request may send {@code "reason": null}), so it is
 * {@code nullable}; an object schema such a field refers to is marked nullable itself.</li>
 * <li>A date in a request is read as people type it (ThaiDateJson): ISO in CE, or BE in several forms. Such a
 * field is a string described so, not {@code format: date}, which would tell clients and validators that only
 * {@code 2019-01-15} is allowed. Dates in answers stay {@code format: date}: they are always ISO CE.</li>
 * <li>{@code lateRecord}, which every command takes, is described once here.</li>
 * </ul>
 */
@Component
public class SchemaConventions implements OpenApiCustomizer {
    static final String TYPED_DATE = "A date: ISO-8601 in the Common Era (2019-01-15), or as typed in the Buddhist"
            + " Era: 2562-01-15, 15/01/2562, 15 มกราคม 2562, 15 ม.ค. 2562 (Thai or Arabic digits).";
    static final String LATE_RECORD = "true to record an act whose business date lies outside the drive's fiscal"
            + " year; without it such a date is refused (409 date-outside-fiscal-year).";
    private static final String REF = "#/components/schemas/";

    @Override
    public void customise(OpenAPI api) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        for (String name : requestSchemas(api, schemas)) {
            datesAsTyped(schemas.get(name));
        }
        schemas.values().forEach(schema -> optionalIsNullable(schema, schemas));
    }

    private static void optionalIsNullable(Schema<?> schema, Map<String, Schema> schemas) {
        if (schema.getProperties() == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        schema.getProperties().forEach((name, property) -> {
            if (required.contains(name)) {
                return;
            }
            if (property.get$ref() == null) {
                property.setNullable(true);
            } else {
                // OpenAPI 3.0 ignores anything beside a $ref, and validators apply an allOf wrapper to null too:
                // the object it refers to is marked nullable instead.
                Schema<?> target = schemas.get(property.get$ref().substring(REF.length()));
                if (target != null) {
                    target.setNullable(true);
                }
            }
        });
    }

    private static void datesAsTyped(Schema<?> schema) {
        if (schema == null || schema.getProperties() == null) {
            return;
        }
        for (Schema<?> property : schema.getProperties().values()) {
            Schema<?> target = property.getItems() != null ? property.getItems() : property;
            if (property == schema.getProperties().get("lateRecord") && property.getDescription() == null) {
                property.setDescription(LATE_RECORD);
            }
            if ("date".equals(target.getFormat())) {
                target.setFormat(null);
                String own = target.getDescription();
                target.setDescription(own == null ? TYPED_DATE
                        : own + (own.endsWith(".") ? " " : ". ") + TYPED_DATE);
                if (target.getExample() == null) {
                    target.setExample("2019-01-15");
                }
            }
        }
    }

    /** The component schemas a request body refers to, directly or through other schemas. */
    private static Set<String> requestSchemas(OpenAPI api, Map<String, Schema> schemas) {
        Deque<Schema<?>> todo = new ArrayDeque<>();
        if (api.getPaths() != null) {
            api.getPaths().values().forEach(path -> path.readOperations().forEach(op -> {
                if (op.getRequestBody() != null) {
                    Content content = op.getRequestBody().getContent();
                    if (content != null) {
                        content.values().stream().map(MediaType::getSchema).filter(s -> s != null).forEach(todo::add);
                    }
                }
            }));
        }
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Schema<?> schema = todo.pop();
            if (schema.get$ref() != null) {
                String name = schema.get$ref().substring(REF.length());
                if (seen.add(name) && schemas.get(name) != null) {
                    todo.push(schemas.get(name));
                }
                continue;
            }
            if (schema.getItems() != null) {
                todo.push(schema.getItems());
            }
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(todo::push);
            }
            if (schema.getAllOf() != null) {
                schema.getAllOf().forEach(todo::push);
            }
            if (schema.getOneOf() != null) {
                schema.getOneOf().forEach(todo::push);
            }
        }
        return seen;
    }
}
