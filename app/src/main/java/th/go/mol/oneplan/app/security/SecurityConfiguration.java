package th.go.mol.oneplan.app.security;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import th.go.mol.oneplan.app.security.access.AccessRules;
import th.go.mol.oneplan.app.web.SecurityHeaders;

/**
 * The HTTP API's filter chain. It is a stateless JSON API: every request carries its credentials (HTTP Basic or
 * a bearer token), so there are no sessions, no cookies, and therefore no CSRF tokens, form login or logout.
 * How a caller authenticates is the {@link AuthenticationMode}'s business; what they may then do is decided by
 * {@link AccessRules} alone, for every request (public paths included, so the list there is complete).
 */
@Configuration
@EnableWebSecurity
@EnableConfigurationProperties(OnePlanSecurityProperties.class)
public class SecurityConfiguration {

    /**
     * No Micrometer observation around each security filter, authentication and authorization. With Actuator's
     * observation registry present Spring Security wraps every filter of the chain in an observation of its own; a
     * profile of the query endpoints under load (docs/benchmarks.md, "What each change bought: queries") found a
     * tenth of each request's CPU in those wrappers, which only fed {@code spring.security.*} timers nobody reads.
     * Each request is still timed as a whole ({@code http.server.requests}).
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** A request's handler found once, by the {@code DispatcherServlet} ({@link OneHandlerLookup}). */
    @Bean
    static OneHandlerLookup oneHandlerLookup() {
        return new OneHandlerLookup();
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, AuthenticationMode mode, AccessRules rules, SecurityProblems problems)
            throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, failure) -> {
            if (failure instanceof LoginLocked locked) {
                problems.loginLocked(request, response, locked);
            } else {
                problems.unauthenticated(request, response, !(failure instanceof InsufficientAuthenticationException),
                        mode.challenge(failure));
            }
        };
        AccessDeniedHandler forbidden = problems::forbidden;

        http.csrf(AbstractHttpConfigurer::disable)
                .headers(headers -> {
                    // The same headers as answers given outside this chain (SecurityHeaders).
                    headers.defaultsDisabled();
                    SecurityHeaders.writers().forEach(headers::addHeaderWriter);
                })
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthenticated).accessDeniedHandler(forbidden))
                .authorizeHttpRequests(authorize -> authorize
                        // Spring's own error page renders what an earlier dispatch already decided.
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .anyRequest().access(rules));
        mode.configure(http, unauthenticated, forbidden);
        return http.build();
    }
}
