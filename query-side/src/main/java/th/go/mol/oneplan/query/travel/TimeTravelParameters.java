package th.go.mol.oneplan.query.travel;

import th.go.mol.oneplan.common.NotFound;
import th.go.mol.oneplan.query.basis.Clocks;

/** How the API documents the two clocks of a time-travel query (docs/time-travel.md), the same on every endpoint. */
public final class TimeTravelParameters {
    public static final String AS_OF = "business date (CE or BE: 2019-09-30, 2562-09-30, 30/09/2562): what had"
            + " happened by the end of that day, as the record reads now (corrections included); absent: no limit";
    public static final String RECORDED_AS_OF = "instant with its offset (2019-10-05T09:00:00Z,"
            + " 2019-10-05T16:00:00+07:00) or a date (the end of that day in Thailand): what the ledger said at that"
            + " moment, before later records and corrections; absent: the ledger as it is now";

    private TimeTravelParameters() {
    }

    /** The 404 for a drive unknown, or (at other clocks) not started in the record read at them. */
    public static NotFound noDrive(String driveId, Clocks clocks) {
        if (clocks.isNow()) {
            return new NotFound("drive", "there is no drive " + driveId);
        }
        return new NotFound("drive", "there is no drive " + driveId + " in the record read at asOf="
                + clocks.asOf() + ", recordedAsOf=" + clocks.recordedAsOf()
                + " (unknown, or not started or not recorded by then)");
    }
}
