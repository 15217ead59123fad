package th.go.mol.oneplan.app.security.jwt;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.jwt.Jwt;
import th.go.mol.oneplan.app.security.Caller;
import th.go.mol.oneplan.app.security.Role;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Reads the caller from a validated token's claims:
 * <ul>
 * <li>name: {@code preferred_username}, else {@code sub} (what their events are recorded by);</li>
 * <li>role: {@code role} (a string), or {@code roles} (an array: the first of our roles in it); none of ours
 * leaves the caller without a role, who may then only ask {@code GET /api/me};</li>
 * <li>scope: {@code province_code}, {@code subdistrict_code} (numbers or strings of digits).</li>
 * </ul>
 * A token whose scope claims are not whole numbers is refused as invalid rather than read as "no scope".
 */
class JwtClaimsToCaller implements Converter<Jwt, AbstractAuthenticationToken> {

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String name = firstNonBlank(jwt.getClaimAsString("preferred_username"), jwt.getSubject());
        if (name == null || name.length() > Caller.MAX_NAME_LENGTH) {
            throw invalid("the token names no user (preferred_username or sub, at most "
                    + Caller.MAX_NAME_LENGTH + " characters)");
        }
        Optional<Role> role = role(jwt);
        Caller caller = new Caller(name, role, code(jwt, "province_code"), code(jwt, "subdistrict_code"), false);
        return new CallerToken(caller, jwt, role.map(r -> List.of(new SimpleGrantedAuthority(r.authority())))
                .orElse(List.of()));
    }

    private static Optional<Role> role(Jwt jwt) {
        Object single = jwt.getClaims().get("role");
        if (single instanceof String s) {
            return Role.named(s.strip());
        }
        Object many = jwt.getClaims().get("roles");
        if (many instanceof Collection<?> roles) {
            for (Object r : roles) {
                Optional<Role> known = r instanceof String s ? Role.named(s.strip()) : Optional.empty();
                if (known.isPresent()) {
                    return known;
                }
            }
        }
        return Optional.empty();
    }

    private static Integer code(Jwt jwt, String claim) {
        Object value = jwt.getClaims().get(claim);
        if (value == null) {
            return null;
        }
        if (value instanceof Number n && n.doubleValue() == n.intValue()) {
            return n.intValue();
        }
        if (value instanceof String s && s.strip().matches("\\d{1,9}")) {
            return Integer.parseInt(s.strip());
        }
        throw invalid("claim " + claim + " is not a code");
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static OAuth2AuthenticationException invalid(String description) {
        return new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null));
    }
}
