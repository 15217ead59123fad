package th.go.mol.oneplan.register;

import th.go.mol.oneplan.common.BusinessCalendar;
import th.go.mol.oneplan.common.InvalidValue;
import th.go.mol.oneplan.common.Require;
import th.go.mol.oneplan.common.RuleViolation;
import th.go.mol.oneplan.drive.DriveHistory;
import th.go.mol.oneplan.drive.DriveId;
import th.go.mol.oneplan.drive.plan.Agency;
import th.go.mol.oneplan.drive.plan.PlanProject;
import th.go.mol.oneplan.drive.plan.PlanRules;
import th.go.mol.oneplan.drive.plan.PlanVersionRecorded;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The rules of a service delivered to a registered worker: a service and an agency (a partner by name), a day not
 * later than it is recorded and not before the worker was registered (409), and, if it belongs to a drive, a
 * well-formed drive id and the plan's project code. Whether the drive and project exist is not checked by the
 * worker's aggregate, which does not see the drive: the sender reads the drive's history and asks
 * {@link #projectInForce} before sending (see docs/register.md).
 */
public final class ServiceRules {
    private ServiceRules() {
    }

    public static ServiceDelivered delivery(RecordServiceDelivered command, WorkerRecord worker) {
        WorkerRules.notErased(worker.personalData());
        Service service = Require.present(command.service(), "service");
        Agency agency = Require.present(command.agency(), "agency");
        String partner = Require.optionalText(command.partnerAgency(), "partnerAgency", PlanRules.PARTNER_MAX);
        if (agency == Agency.PARTNER && partner == null) {
            throw new InvalidValue("partnerAgency", "required", "name the partner agency that delivered the service");
        }
        if (agency != Agency.PARTNER && partner != null) {
            throw new InvalidValue("partnerAgency", "partner-only", "partnerAgency names an agency outside MOL; "
                    + agency + " is named by the agency field alone");
        }
        LocalDate deliveredOn = BusinessCalendar.notInFuture(command.deliveredOn(), command.recording(),
                "deliveredOn");
        String driveId = command.driveId() == null || command.driveId().isBlank() ? null
                : DriveId.parse(command.driveId().strip()).toString();
        String projectCode = Require.optionalText(command.projectCode(), "projectCode", PlanRules.PROJECT_CODE_MAX);
        if (projectCode != null && driveId == null) {
            throw new InvalidValue("projectCode", "project-needs-drive", "a plan project code belongs to a drive:"
                    + " name the drive (driveId) too");
        }
        if (deliveredOn.isBefore(worker.registeredOn())) {
            throw new RuleViolation("service-before-registration", "a service delivered on " + deliveredOn
                    + " cannot precede the worker's registration on " + worker.registeredOn());
        }
        return new ServiceDelivered(worker.workerId(), service, agency, partner, worker.centreId(),
                worker.subdistrictCode(), driveId, projectCode, deliveredOn, command.recording());
    }

    /**
     * A service booked to a drive's project: the project must be in the drive's plan version in force on the day
     * the service was delivered (the latest version approved at a meeting on or before it, {@link
     * PlanRules#versionInForceOn}), as the drive asks of its own visits and activities. Else 409 {@code
     * unknown-project} naming {@code projectCode}. The service itself is not refused with it: recorded without a
     * project code it still names the drive and counts for it. No project code, or no day (a 400 of its own), asks
     * nothing.
     *
     * @param drive the drive's history as its events tell it now ({@link DriveHistory#of})
     */
    public static void projectInForce(String projectCode, LocalDate deliveredOn, String driveId, DriveHistory drive) {
        String code = projectCode == null || projectCode.isBlank() ? null : projectCode.strip();
        if (code == null || deliveredOn == null) {
            return;
        }
        Optional<PlanVersionRecorded> inForce = PlanRules.versionInForceOn(drive, deliveredOn);
        if (inForce.isEmpty()) {
            throw new RuleViolation("unknown-project", "projectCode", "drive " + driveId + " had no approved One"
                    + " Plan in force on " + deliveredOn + ", so no project " + code + "; leave projectCode out to"
                    + " record the service under the drive alone");
        }
        List<String> codes = inForce.get().projects().stream().map(PlanProject::projectCode).toList();
        if (!codes.contains(code)) {
            throw new RuleViolation("unknown-project", "projectCode", "project " + code + " is not in version "
                    + inForce.get().version() + " of drive " + driveId + "'s One Plan, in force on " + deliveredOn
                    + "; its projects are " + codes);
        }
    }
}
