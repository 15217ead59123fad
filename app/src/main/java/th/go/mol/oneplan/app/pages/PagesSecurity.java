package th.go.mol.oneplan.app.pages;

import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import th.go.mol.oneplan.app.security.LoginLocked;
import th.go.mol.oneplan.app.security.builtin.PasswordCheck;
import th.go.mol.oneplan.app.security.builtin.UserAccount;
import th.go.mol.oneplan.app.web.SecurityHeaders;

import java.util.List;

/**
 * The pages' filter chain: everything that is not the API, the operators' endpoints or the API's description. A
 * browser logs in once with a form and then carries a session cookie, so unlike the API's stateless chain this one
 * has sessions, CSRF tokens (on the login and logout forms) and a logout. The users, passwords and the login
 * throttle are the built-in store's ({@link PasswordCheck}); who may read which page is {@link PageAccess}'s
 * question, answered by the API's own {@link th.go.mol.oneplan.app.security.access.AccessRules}.
 *
 * <p>Only with the built-in user store ({@link WithPages}): with {@code oneplan.security.mode=jwt} there are no
 * passwords to check, no pages, and the API's chain answers every path (a page's path is then an unknown path).
 */
@Configuration
@WithPages
public class PagesSecurity {
    /** The pages' policy: as the API's, but not even inline styles (every style is in pages.css). */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
            + "form-action 'self'";

    /**
     * What stays with the API's chain: the API, the operators' endpoints, the API's description and UI, and Spring's
     * error dispatch (an API error is written as the API writes it, with the API's headers).
     */
    static final RequestMatcher NOT_PAGES = new OrRequestMatcher(List.of(
            PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/actuator/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/v3/api-docs/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui.html"),
            PathPatternRequestMatcher.withDefaults().matcher("/error")));

    @Bean
    @Order(1)
    SecurityFilterChain pages(HttpSecurity http, PasswordCheck passwords, PageAccess access,
                              ForbiddenPage forbidden) throws Exception {
        AuthenticationProvider form = new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication login) {
                String password = login.getCredentials() == null ? "" : login.getCredentials().toString();
                UserAccount account = passwords.verify(login.getName(), password);
                return UsernamePasswordAuthenticationToken.authenticated(account.caller(), null,
                        List.of(new SimpleGrantedAuthority(account.role().authority())));
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
            }
        };
        // A locked name is told apart from a wrong password, as the API tells it (429 there).
        AuthenticationFailureHandler failed = (request, response, failure) -> response.sendRedirect(
                request.getContextPath() + (failure instanceof LoginLocked ? "/login?locked" : "/login?error"));

        http.securityMatcher(new NegatedRequestMatcher(NOT_PAGES))
                .authenticationManager(new ProviderManager(form))
                .headers(headers -> {
                    headers.defaultsDisabled();
                    SecurityHeaders.writers().stream()
                            .filter(w -> !(w instanceof ContentSecurityPolicyHeaderWriter))
                            .forEach(headers::addHeaderWriter);
                    headers.addHeaderWriter(new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY));
                })
                .formLogin(login -> login.loginPage("/login").failureHandler(failed).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .httpBasic(AbstractHttpConfigurer::disable)
                .exceptionHandling(e -> e.accessDeniedHandler(forbidden))
                .authorizeHttpRequests(authorize -> authorize
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        // The pages' own files and the chart library's (a webjar on the classpath, served by
                        // Spring Boot at /webjars/**): assets with nothing of the ledger in them, so anyone.
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/pages-assets/**"),
                                PathPatternRequestMatcher.withDefaults().matcher("/webjars/echarts/**"),
                                PathPatternRequestMatcher.withDefaults().matcher("/login"))
                        .permitAll()
                        .anyRequest().access(access));
        return http.build();
    }
}
