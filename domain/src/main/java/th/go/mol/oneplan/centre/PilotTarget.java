package th.go.mol.oneplan.centre;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The pilot programme's measure of success (เป้าหมายตำบลนำร่อง, source l.2444-2452): in each pilot tambon at least
 * {@value #PERCENT}% of the registered informal workers reach at least one government service. The share is of
 * the workers who live in the tambon now; a worker served twice counts once.
 */
public final class PilotTarget {
    /** The target share of registered workers served, in percent. */
    public static final int PERCENT = 30;

    private PilotTarget() {
    }

    /** The share served in percent with one decimal (half up); null when nobody is registered. */
    public static BigDecimal sharePercent(long registered, long served) {
        if (registered <= 0) {
            return null;
        }
        return BigDecimal.valueOf(served * 100).divide(BigDecimal.valueOf(registered), 1, RoundingMode.HALF_UP);
    }

    /**
     * Whether the exact share reaches the target: 299 of 1,000 (29.9%) does not, nor does 2,999 of 10,000 though it
     * shows as 30.0; a tambon with nobody registered has not met it.
     */
    public static boolean met(long registered, long served) {
        return registered > 0 && served * 100 >= (long) PERCENT * registered;
    }
}
