package th.go.mol.oneplan.app.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The product as the OpenAPI description names it: title, the Maven project's version (filtered into
 * {@code oneplan.api.version} at build time), and a description a client developer starts from
 * ({@code openapi/description.md}: what it is, logging in, errors, dates, retries and If-Match).
 * How the rest of the description is produced: docs/api-contract.md.
 */
@Configuration(proxyBeanMethods = false)
public class ApiInfo {
    static final String TITLE = "OnePlan Ledger API";

    @Bean
    OpenAPI oneplanLedgerApi(@Value("${oneplan.api.version:unknown}") String version) {
        return new OpenAPI()
                .info(new Info().title(TITLE).version(version).description(text("openapi/description.md")));
    }

    /**
     * One tag per name: controllers of one feature on both sides (KPI, Budget, ...) each declare it, with or
     * without a description, and OpenAPI allows a tag name only once. The longest description is kept.
     */
    @Bean
    OpenApiCustomizer oneTagPerName() {
        return api -> {
            if (api.getTags() == null) {
                return;
            }
            Map<String, Tag> byName = new LinkedHashMap<>();
            for (Tag tag : api.getTags()) {
                byName.merge(tag.getName(), tag, (a, b) -> length(b.getDescription()) > length(a.getDescription()) ? b : a);
            }
            api.setTags(new ArrayList<>(byName.values()));
        };
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }

    static String text(String resource) {
        try {
            return new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("missing " + resource, e);
        }
    }
}
