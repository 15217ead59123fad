package th.go.mol.oneplan.register;

import th.go.mol.oneplan.common.BusinessCalendar;
import th.go.mol.oneplan.common.InvalidValue;
import th.go.mol.oneplan.common.Require;
import th.go.mol.oneplan.common.RuleViolation;
import th.go.mol.oneplan.drive.DriveId;
import th.go.mol.oneplan.drive.plan.Agency;
import th.go.mol.oneplan.drive.plan.PlanRules;

import java.time.LocalDate;

/**
 * The rules of a service delivered to a registered worker: a service and an agency (a partner by name), a day not
 * later than it is recorded and not before the worker was registered (409), and, if it belongs to a drive, a
 * well-formed drive id and the plan's project code. Whether the drive and project exist is not checked here: the
 * worker's aggregate does not see the drive (see docs/register.md).
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
}
