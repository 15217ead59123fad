package th.go.mol.oneplan.centre;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import th.go.mol.oneplan.common.Recording;

import java.time.LocalDate;

/**
 * Records a grievance (เรื่องร้องทุกข์) a registered worker brought to the centre, whose committee has a complaints
 * role (ฝ่ายรับเรื่องร้องทุกข์, source l.2316). The ledger numbers the centre's grievances ({@code grievance-1}, ...).
 * The business date is the day it was received.
 * <p>
 * It names the worker by their register id only, with a topic from a list and no free-text account: the centre's
 * events are kept for good and cannot be erased, while a worker's name, national id, address and phone live in
 * the register's {@code PersonalData}, which is encrypted and can be erased (crypto-shredded) on request. A story
 * of the grievance would copy personal data out of reach of that erasure.
 */
public record RecordGrievance(@TargetAggregateIdentifier String centreId, String workerId, GrievanceTopic topic,
                             String otherTopic, GrievanceChannel channel, LocalDate receivedOn,
                             Recording recording) {
}
