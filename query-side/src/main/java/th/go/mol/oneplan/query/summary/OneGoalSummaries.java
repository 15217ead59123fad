package th.go.mol.oneplan.query.summary;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.drive.DriveId;
import th.go.mol.oneplan.query.basis.Clocks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;

/** The One Goal summaries: one drive's, or a whole fiscal year's, replayed from the event store. */
@Component
@Profile("!command")
public class OneGoalSummaries {
    private final SummaryEventStore events;

    public OneGoalSummaries(SummaryEventStore events) {
        this.events = events;
    }

    /** The drive's summary by the clocks; empty when the event store has no such drive (by then). */
    public Optional<OneGoalYearSummary> of(DriveId driveId, Clocks clocks) {
        return OneGoalSummaryFold.fold(events.ofDrive(driveId), clocks);
    }

    /**
     * Every drive of the fiscal year (or of one province), from one ordered pass over the event store, in drive id
     * order. {@code progress} hears how many events were read so far.
     */
    public List<OneGoalYearSummary> ofFiscalYear(int fiscalYear, Integer provinceCode, Clocks clocks,
                                                 LongConsumer progress) {
        Map<String, DriveYearEvents> drives = events.ofFiscalYear(fiscalYear, provinceCode, progress);
        List<OneGoalYearSummary> summaries = new ArrayList<>();
        drives.values().forEach(d -> OneGoalSummaryFold.fold(d, clocks).ifPresent(summaries::add));
        return summaries;
    }
}
