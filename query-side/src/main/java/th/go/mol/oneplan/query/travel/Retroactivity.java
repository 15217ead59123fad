package th.go.mol.oneplan.query.travel;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.drive.RetroactiveRecord;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The domain's {@link RetroactiveRecord} rule with the limit this service is configured with,
 * {@code oneplan.time-travel.retroactive-after-days}: 30 by default, one reporting month, since a province reports
 * each month's work in the next month's report, so a record made more than a month after its day changes a period
 * that has already been reported (docs/time-travel.md).
 */
@Component
@Profile("!command")
public class Retroactivity {
    public static final int DEFAULT_AFTER_DAYS = 30;

    private final RetroactiveRecord rule;

    public Retroactivity(@Value("${oneplan.time-travel.retroactive-after-days:" + DEFAULT_AFTER_DAYS + "}") int afterDays) {
        this.rule = new RetroactiveRecord(afterDays);
    }

    public boolean retroactive(LocalDate businessDate, Instant recordedAt) {
        return rule.retroactive(businessDate, recordedAt);
    }

    public int afterDays() {
        return rule.afterDays();
    }
}
