package th.go.mol.oneplan.register;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import th.go.mol.oneplan.common.Recording;

import java.time.LocalDate;

/**
 * Erase a worker's personal data (ลบข้อมูลส่วนบุคคล) at the worker's request, on a legal ground. The ledger keeps the
 * worker's place in every count; the national id, names, date of birth, phone and house address become unreadable
 * everywhere (crypto-shredding: see docs/register.md). The business date is the day the worker asked.
 *
 * @param reference the request's own reference (a letter or form number), so an inspector can find the paper;
 *                  not personal data
 */
public record ErasePersonalData(@TargetAggregateIdentifier String workerId, ErasureGround ground,
                                LocalDate requestedOn, String reference, Recording recording) {
}
