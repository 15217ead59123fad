package th.go.mol.oneplan.app.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tells OpenAPI clients (and the Swagger UI's "Authorize" button) how to authenticate: with the built-in user store,
 * a bearer token from {@code POST /api/login} or HTTP Basic; in jwt mode, a bearer JWT from the identity provider.
 * Which role may call what is in docs/security.md.
 */
@Configuration
public class OpenApiSecurity {
    static final String SCHEME = "oneplan";
    static final String LOGIN_TOKEN = "oneplanLogin";

    @Bean
    OpenApiCustomizer authenticationInTheApiDescription(OnePlanSecurityProperties properties) {
        boolean jwt = properties.mode() == OnePlanSecurityProperties.Mode.JWT;
        SecurityScheme scheme = jwt
                ? new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                : new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic");
        return api -> {
            if (api.getComponents() == null) {
                api.setComponents(new Components());
            }
            api.getComponents().addSecuritySchemes(SCHEME, scheme.description(
                    "See docs/security.md for the roles and what each may do."));
            api.addSecurityItem(new SecurityRequirement().addList(SCHEME));
            if (!jwt) {
                api.getComponents().addSecuritySchemes(LOGIN_TOKEN, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("The accessToken of POST /api/login, valid for a few minutes."));
                api.addSecurityItem(new SecurityRequirement().addList(LOGIN_TOKEN));
            }
        };
    }
}
