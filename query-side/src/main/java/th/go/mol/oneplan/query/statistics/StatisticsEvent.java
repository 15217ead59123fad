package th.go.mol.oneplan.query.statistics;

import th.go.mol.oneplan.query.basis.Clocks;
import th.go.mol.oneplan.register.ServiceDelivered;
import th.go.mol.oneplan.register.WorkerMoved;
import th.go.mol.oneplan.register.WorkerProfileUpdated;
import th.go.mol.oneplan.register.WorkerRegistered;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What one register event changed of the statistics (a row of {@code register_stats_event}): only the fields it
 * set; null where it set nothing. No personal data.
 */
record StatisticsEvent(UUID workerId, long sequence, long position, LocalDate businessDate, Instant recordedAt,
                       boolean registered, Integer subdistrictCode, String sex, String ageBand, String occupation,
                       String education, String needs, String problems, String service, String agency,
                       Integer serviceSubdistrictCode) {

    static StatisticsEvent of(WorkerRegistered e, long sequence, long position) {
        return new StatisticsEvent(RegisterStatisticsProjection.uuid(e.workerId()), sequence, position,
                e.businessDate(), e.recording().recordedAt(), true, e.subdistrictCode(), e.sex().name(),
                e.ageBand().name(), e.occupation().name(), e.education().name(), names(e.needs()),
                names(e.problems()), null, null, null);
    }

    /** A profile update has no business date of its own: it happened the day it was recorded, in Thailand. */
    static StatisticsEvent of(WorkerProfileUpdated e, long sequence, long position) {
        Instant recordedAt = e.recording().recordedAt();
        return new StatisticsEvent(RegisterStatisticsProjection.uuid(e.workerId()), sequence, position,
                LocalDate.ofInstant(recordedAt, Clocks.THAILAND), recordedAt, false, null, null, null,
                e.occupation() == null ? null : e.occupation().name(),
                e.education() == null ? null : e.education().name(),
                e.needs() == null ? null : names(e.needs()), e.problems() == null ? null : names(e.problems()),
                null, null, null);
    }

    static StatisticsEvent of(WorkerMoved e, long sequence, long position) {
        return new StatisticsEvent(RegisterStatisticsProjection.uuid(e.workerId()), sequence, position,
                e.businessDate(), e.recording().recordedAt(), false, e.subdistrictCode(), null, null, null, null,
                null, null, null, null, null);
    }

    static StatisticsEvent of(ServiceDelivered e, long sequence, long position) {
        return new StatisticsEvent(RegisterStatisticsProjection.uuid(e.workerId()), sequence, position,
                e.businessDate(), e.recording().recordedAt(), false, null, null, null, null, null, null, null,
                e.service().name(), e.agency().name(), e.subdistrictCode());
    }

    private static String names(Collection<? extends Enum<?>> values) {
        return values == null ? "" : values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }
}
