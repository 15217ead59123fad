package th.go.mol.oneplan.register;

/**
 * The set of national ids held in the register, one worker each: what makes a registration national, not per
 * centre. A port: the command side implements it on a table keyed by a keyed hash of the id (never the id in
 * clear), written in the same transaction as the worker's events, so a refused or rolled-back registration
 * leaves no claim and two concurrent registrations of one person cannot both succeed.
 */
public interface NationalIdRegistry {

    /**
     * Claims the id for the worker registered by the centre.
     *
     * @throws NationalIdAlreadyRegistered when another worker holds the id (naming that worker's centre only)
     */
    void claim(NationalId nationalId, String workerId, String centreId);

    /** The worker is now in the register of another centre: a later refusal names that one. */
    void moved(String workerId, String centreId);

    /**
     * The worker's personal data is erased: the claim goes with it, so nothing derived from the national id stays
     * in the ledger, and the person may register again later, as a new worker, with a new lawful basis.
     */
    void released(String workerId);
}
