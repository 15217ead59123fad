package th.go.mol.oneplan.app.security.jwt;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import th.go.mol.oneplan.app.security.Caller;

import java.util.Collection;

/** An authenticated bearer token: the {@link Caller} read from its claims is the principal, as in built-in mode. */
public class CallerToken extends AbstractAuthenticationToken {
    private final Caller caller;
    private final transient Jwt jwt;

    public CallerToken(Caller caller, Jwt jwt, Collection<? extends GrantedAuthority> authorities) {
        super(authorities);
        this.caller = caller;
        this.jwt = jwt;
        setAuthenticated(true);
    }

    @Override
    public Object getPrincipal() {
        return caller;
    }

    /** The validated token itself (its claims), for whoever needs more than the caller. */
    @Override
    public Object getCredentials() {
        return jwt;
    }
}
