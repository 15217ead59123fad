package th.go.mol.oneplan.app.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tells OpenAPI clients (and the Swagger UI's "Authorize" button) how to authenticate. Both schemes are described:
 * HTTP Basic for the built-in user store, and a bearer JWT, which is the {@code accessToken} of
 * {@code POST /api/login} in built-in mode and the identity provider's token in jwt mode. Every operation
 * requires what this service takes: Basic or the login's bearer token (built-in), or the bearer JWT (jwt). Which
 * role may call what is in docs/security.md.
 */
@Configuration
public class OpenApiSecurity {
    static final String BASIC = "basic";
    static final String BEARER = "bearer";

    @Bean
    OpenApiCustomizer authenticationInTheApiDescription(OnePlanSecurityProperties properties) {
        boolean jwt = properties.mode() == OnePlanSecurityProperties.Mode.JWT;
        return api -> {
            if (api.getComponents() == null) {
                api.setComponents(new Components());
            }
            api.getComponents()
                    .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                            .description("User name and password of the built-in user store (the default mode)."
                                    + (jwt ? " Not accepted by this service, which runs in jwt mode." : "")))
                    .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                            .bearerFormat("JWT")
                            .description(jwt ? "A JWT of the ministry's identity provider (docs/security.md)."
                                    : "The accessToken of POST /api/login, valid for a few minutes."));
            if (!jwt) {
                api.addSecurityItem(new SecurityRequirement().addList(BASIC));
            }
            api.addSecurityItem(new SecurityRequirement().addList(BEARER));
        };
    }
}
