package th.go.mol.oneplan.app.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * The part of the filter chain that differs between the two ways of logging in (built-in user store with HTTP
 * Basic, or JWT bearer tokens). Exactly one is configured, chosen by {@code oneplan.security.mode}; the access
 * rules are the same for both.
 */
public interface AuthenticationMode {

    /** Adds this mode's authentication filter to the chain, answering failures with the given handlers. */
    void configure(HttpSecurity http, AuthenticationEntryPoint unauthenticated, AccessDeniedHandler forbidden)
            throws Exception;

    /** The {@code WWW-Authenticate} header of a 401: how to authenticate, and what was wrong with what was sent. */
    String challenge(AuthenticationException failure);
}
