package th.go.mol.oneplan.drive;

import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.drive.correction.FieldCorrection;

import java.time.LocalDate;

/** A province's drive was opened; the business date is the day the lead officer was assigned. */
public record ProvincialDriveStarted(String driveId, String eventId, int provinceCode, String provinceNameTh,
                                     String provinceNameEn, int fiscalYear, LeadOfficer leadOfficer,
                                     LocalDate businessDate, boolean lateRecord, Recording recording)
        implements RecordedAct {

    @Override
    public RecordedAct corrected(FieldCorrection c) {
        return switch (c.field()) {
            case "businessDate" -> new ProvincialDriveStarted(driveId, eventId, provinceCode, provinceNameTh,
                    provinceNameEn, fiscalYear, leadOfficer, c.dateValue(), lateRecord, recording);
            case "leadOfficer.name" -> new ProvincialDriveStarted(driveId, eventId, provinceCode, provinceNameTh,
                    provinceNameEn, fiscalYear, new LeadOfficer(c.textValue(), leadOfficer.position()), businessDate,
                    lateRecord, recording);
            case "leadOfficer.position" -> new ProvincialDriveStarted(driveId, eventId, provinceCode, provinceNameTh,
                    provinceNameEn, fiscalYear, new LeadOfficer(leadOfficer.name(), c.textValue()), businessDate,
                    lateRecord, recording);
            default -> throw c.notCorrectableOn("ProvincialDriveStarted", "businessDate, leadOfficer.name, leadOfficer.position");
        };
    }
}
