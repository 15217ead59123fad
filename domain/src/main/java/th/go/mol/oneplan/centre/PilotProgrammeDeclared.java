package th.go.mol.oneplan.centre;

import th.go.mol.oneplan.common.Recording;

import java.time.LocalDate;

/** A province declared its pilot programme of tambon centres for a fiscal year; the business date is that day. */
public record PilotProgrammeDeclared(String programmeId, int provinceCode, String provinceNameTh, int fiscalYear,
                                     String name, LocalDate businessDate, Recording recording) {
}
