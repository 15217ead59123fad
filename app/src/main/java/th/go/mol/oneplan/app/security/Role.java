package th.go.mol.oneplan.app.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles of the ledger. What each may do is written down once, in {@link th.go.mol.oneplan.app.security.access.AccessRules}.
 */
public enum Role {
    /** Records one province's drive (province scope). */
    PROVINCIAL_OFFICER,
    /** Works for one tambon centre (subdistrict scope): the worker register, built later. No drive commands. */
    CENTRE_STAFF,
    /** Reads every province, records inspections, may read unmasked personal data when giving a reason. */
    INSPECTOR,
    /** Manages users, runs replays and rebuilds, reads everything. */
    MINISTRY_ADMIN;

    /** The role a name stands for, if it is one of ours (exact, case-sensitive: an identity provider is configured once). */
    public static Optional<Role> named(String name) {
        return Arrays.stream(values()).filter(r -> r.name().equals(name)).findFirst();
    }

    /** The Spring Security authority of this role, for tools that look at authorities. */
    public String authority() {
        return "ROLE_" + name();
    }
}
