package th.go.mol.oneplan.app.openapi;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.app.demo.DemoRequest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Request examples taken from the Trang FY 2562 demo (demo/trang-2562.json): for each command the demo sends, its
 * first body, with the demo's note as the example's summary. The demo is replayed through the API by
 * TrangDriveIT, so the examples are requests the service really accepts.
 */
@Component
public class DemoExamples implements OpenApiCustomizer {
    static final String DEMO = "demo/trang-2562.json";
    private final List<DemoRequest> requests;

    public DemoExamples(ObjectMapper json) {
        try (InputStream in = new ClassPathResource(DEMO).getInputStream()) {
            this.requests = json.readValue(in, new TypeReference<List<DemoRequest>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEMO, e);
        }
    }

    @Override
    public void customise(OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().forEach((template, path) -> path.readOperationsMap().forEach((method, operation) -> {
            Pattern pattern = Pattern.compile(template.replaceAll("\\{[^/]+}", "[^/]+"));
            requests.stream()
                    .filter(r -> r.method().equalsIgnoreCase(method.name()) && pattern.matcher(r.path()).matches())
                    .findFirst()
                    .ifPresent(r -> example(operation, r));
        }));
    }

    private static void example(Operation operation, DemoRequest request) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return;
        }
        MediaType json = operation.getRequestBody().getContent().get("application/json");
        if (json != null && (json.getExamples() == null || json.getExamples().isEmpty())) {
            json.setExamples(Map.of("trang-2562", new Example().summary("Trang FY 2562 (" + request.path() + ")")
                    .description(request.note()).value(request.body())));
        }
    }

}
