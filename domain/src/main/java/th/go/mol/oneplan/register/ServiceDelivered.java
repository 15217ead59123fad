package th.go.mol.oneplan.register;

import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.drive.plan.Agency;

import java.time.LocalDate;

/**
 * A registered worker received a service. The worker's centre and subdistrict on that day are copied in, so that
 * the share of workers served per tambon is counted without personal data; it carries none.
 */
public record ServiceDelivered(String workerId, Service service, Agency agency, String partnerAgency,
                               String centreId, int subdistrictCode, String driveId, String projectCode,
                               LocalDate businessDate, Recording recording) {
}
