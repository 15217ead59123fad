package th.go.mol.oneplan.centre;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import th.go.mol.oneplan.common.Recording;

import java.time.LocalDate;

/**
 * Resolves a grievance: what the centre did or where it referred the matter, in words about the action, not the
 * person (see {@link RecordGrievance}). The business date is the day it was resolved.
 */
public record ResolveGrievance(@TargetAggregateIdentifier String centreId, String grievanceId, String resolution,
                               LocalDate resolvedOn, Recording recording) {
}
