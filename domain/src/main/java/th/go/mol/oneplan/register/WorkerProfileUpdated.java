package th.go.mol.oneplan.register;

import th.go.mol.oneplan.common.Recording;

import java.util.List;

/**
 * A registered worker's profile was updated. A field that is null did not change; {@code personalData} is present
 * (whole, with the new phone) only when the phone changed, so the personal fields stay in one record.
 */
public record WorkerProfileUpdated(String workerId, OccupationGroup occupation, Education education,
                                   List<Problem> problems, List<Need> needs, PersonalData personalData,
                                   Recording recording) {
}
