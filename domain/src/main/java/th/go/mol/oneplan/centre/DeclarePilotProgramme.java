package th.go.mol.oneplan.centre;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import th.go.mol.oneplan.common.Recording;

import java.time.LocalDate;

/**
 * Declares a province's pilot programme of tambon centres for a fiscal year (โครงการนำร่องจัดตั้งศูนย์พัฒนา
 * คุณภาพชีวิตแรงงานนอกระบบระดับตำบล), under the name the province gives it. The id is the province code and
 * the BE year ({@code pilot-84-2563}); the business date is the day it was declared.
 */
public record DeclarePilotProgramme(@TargetAggregateIdentifier String programmeId, int provinceCode, int fiscalYear,
                                    String name, LocalDate declaredOn, Recording recording) {
}
