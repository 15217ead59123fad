package th.go.mol.oneplan.command.register;

import th.go.mol.oneplan.register.NationalId;

/**
 * The keyed hash (HMAC-SHA256) the national-id registry is keyed by, so the table never holds an id in clear and a
 * stolen table cannot be reversed by hashing all 10^12 possible ids: that needs the key, which is derived from the
 * personal-data master key in configuration (app module, {@code vault.NationalIdHmac}), never stored in the
 * database.
 */
public interface NationalIdHasher {

    /** The 32-byte keyed hash of the id's 13 digits. */
    byte[] hash(NationalId nationalId);
}
