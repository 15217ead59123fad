package th.go.mol.oneplan.centre;

import th.go.mol.oneplan.common.Recording;

import java.time.LocalDate;

/** The centre was followed up at a PDCA stage; {@code nextSteps} is null when none were set. */
public record CentreFollowUpRecorded(String centreId, PdcaStage stage, String findings, String nextSteps,
                                     LocalDate businessDate, Recording recording) {
}
