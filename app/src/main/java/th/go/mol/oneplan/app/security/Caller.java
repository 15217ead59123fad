package th.go.mol.oneplan.app.security;

import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.Authentication;

import java.io.Serial;
import java.io.Serializable;
import java.util.Optional;

/**
 * Who is calling, as every access rule sees it, whichever way they authenticated (built-in user store or JWT).
 * It is the principal of the request's {@link Authentication}, so {@code Authentication.getName()} and
 * {@code HttpServletRequest.getUserPrincipal().getName()} give {@link #name()}: the name events are recorded by.
 *
 * @param name               the user name (built-in) or {@code preferred_username}/{@code sub} (JWT)
 * @param role               the caller's role; empty when an identity provider sent none we know
 * @param provinceCode       the province a PROVINCIAL_OFFICER records for (CENTRE_STAFF: their subdistrict's)
 * @param subdistrictCode    the subdistrict of a CENTRE_STAFF member
 * @param mustChangePassword a built-in user who must change their password before anything else
 */
public record Caller(String name, Optional<Role> role, Integer provinceCode, Integer subdistrictCode,
                     boolean mustChangePassword) implements AuthenticatedPrincipal, Serializable {

    /** Names are recorded with every event and keyed on in the idempotency store, which hold up to 200 characters. */
    public static final int MAX_NAME_LENGTH = 200;

    public Caller {
        if (name == null || name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("a caller's name is 1 to " + MAX_NAME_LENGTH + " characters");
        }
        role = role == null ? Optional.empty() : role;
    }

    /**
     * A page's login is kept in the database between requests (Spring Session JDBC, docs/pages.md), and with it this
     * principal. {@link Optional} cannot be serialised, so the caller is written as {@link Stored}, with the role as
     * a plain value, and read back through the constructor and its checks.
     */
    @Serial
    private Object writeReplace() {
        return new Stored(name, role.orElse(null), provinceCode, subdistrictCode, mustChangePassword);
    }

    private record Stored(String name, Role role, Integer provinceCode, Integer subdistrictCode,
                          boolean mustChangePassword) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        @Serial
        private Object readResolve() {
            return new Caller(name, Optional.ofNullable(role), provinceCode, subdistrictCode, mustChangePassword);
        }
    }

    /** The caller behind an authentication, or empty for an anonymous request. */
    public static Optional<Caller> of(Authentication authentication) {
        if (authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof Caller caller) {
            return Optional.of(caller);
        }
        return Optional.empty();
    }

    @Override
    public String getName() {
        return name;
    }

    public boolean is(Role r) {
        return role.isPresent() && role.get() == r;
    }

    public boolean hasRole() {
        return role.isPresent();
    }

    public boolean isOfficerOf(int province) {
        return is(Role.PROVINCIAL_OFFICER) && provinceCode != null && provinceCode == province;
    }

    /** "an inspector", "the provincial officer of province 92": how a refusal describes the caller's scope. */
    public String scopeDescription() {
        if (role.isEmpty()) {
            return "you have no role in the ledger";
        }
        return switch (role.get()) {
            case PROVINCIAL_OFFICER -> "you record for province " + provinceCode;
            case CENTRE_STAFF -> "you work for subdistrict " + subdistrictCode;
            case INSPECTOR -> "you are an inspector";
            case MINISTRY_ADMIN -> "you are a ministry administrator";
        };
    }
}
