package th.go.mol.oneplan.centre;

import th.go.mol.oneplan.common.BusinessCalendar;
import th.go.mol.oneplan.common.FiscalYear;
import th.go.mol.oneplan.common.InvalidValue;
import th.go.mol.oneplan.common.Require;
import th.go.mol.oneplan.common.RuleViolation;
import th.go.mol.oneplan.geography.Geography;
import th.go.mol.oneplan.geography.Province;
import th.go.mol.oneplan.geography.Subdistrict;
import th.go.mol.oneplan.geography.SubdistrictRules;

import java.time.LocalDate;
import java.util.Map;

/**
 * The rules of a province's pilot programme: one programme per province and fiscal year, declared in the year or
 * the year before it; then one pilot tambon per district of the province (Surat Thani: 19 districts, 19 pilots).
 */
public final class PilotProgrammeRules {
    /** The longest programme name, as the HTTP API will state it. */
    public static final int NAME_MAX = 300;

    private PilotProgrammeRules() {
    }

    /** The declaration the command asks for, with the province's name from the geography. */
    public static PilotProgrammeDeclared declaration(DeclarePilotProgramme command, Geography geography) {
        Province province = geography.province(command.provinceCode())
                .orElseThrow(() -> new InvalidValue("provinceCode", "thai-province",
                        command.provinceCode() + " is not the code of a Thai province"));
        FiscalYear year = new FiscalYear(command.fiscalYear());
        String expectedId = new PilotProgrammeId(province.code(), year).toString();
        if (!expectedId.equals(command.programmeId())) {
            throw new InvalidValue("programmeId", "programme-id-format", "the pilot programme of province "
                    + province.code() + " in FY " + year.beYear() + " has id " + expectedId + ", not "
                    + command.programmeId());
        }
        String name = Require.text(command.name(), "name", NAME_MAX);
        LocalDate declaredOn = BusinessCalendar.notInFuture(command.declaredOn(), command.recording(), "declaredOn");
        // A programme is prepared in the year before it runs (the budget request) or declared during it.
        if (declaredOn.isBefore(year.firstDay().minusYears(1)) || declaredOn.isAfter(year.lastDay())) {
            throw new InvalidValue("declaredOn", "declared-near-fiscal-year", "a programme for FY " + year.beYear()
                    + " is declared from a year before it (" + year.firstDay().minusYears(1) + ") to its last day ("
                    + year.lastDay() + "), not on " + declaredOn);
        }
        return new PilotProgrammeDeclared(expectedId, province.code(), province.nameTh(), year.beYear(), name,
                declaredOn, command.recording());
    }

    /**
     * The designation the command asks for: a real tambon of the programme's province, in a district that has no
     * pilot yet, for a centre not yet designated, on or after the programme's declaration.
     *
     * @param pilotsByDistrict the designations so far, by district code
     */
    public static PilotCentreDesignated designation(DesignatePilotCentre command, PilotProgrammeDeclared programme,
                                                    Map<Integer, PilotCentreDesignated> pilotsByDistrict,
                                                    Geography geography) {
        String centreId = CentreId.valid(command.centreId(), "centreId");
        Subdistrict site = SubdistrictRules.inProvince(command.subdistrictCode(), programme.provinceCode(),
                "subdistrictCode", geography);
        LocalDate designatedOn = BusinessCalendar.notInFuture(command.designatedOn(), command.recording(),
                "designatedOn");
        if (designatedOn.isBefore(programme.businessDate())) {
            throw new RuleViolation("designation-before-declaration", "a pilot chosen on " + designatedOn
                    + " cannot precede the programme, declared on " + programme.businessDate());
        }
        for (PilotCentreDesignated pilot : pilotsByDistrict.values()) {
            if (pilot.centreId().equals(centreId)) {
                throw new RuleViolation("centre-already-designated", "centre " + centreId
                        + " is already the pilot of district " + pilot.districtCode() + " (subdistrict "
                        + pilot.subdistrictCode() + " " + pilot.subdistrictNameTh() + ")");
            }
        }
        PilotCentreDesignated existing = pilotsByDistrict.get(site.districtCode());
        if (existing != null) {
            throw new RuleViolation("one-pilot-per-district", "district " + site.districtCode()
                    + " already has its pilot: centre " + existing.centreId() + " in subdistrict "
                    + existing.subdistrictCode() + " (" + existing.subdistrictNameTh()
                    + "); a programme pilots one tambon per district");
        }
        return new PilotCentreDesignated(programme.programmeId(), centreId, site.code(), site.nameTh(),
                site.districtCode(), designatedOn, command.recording());
    }
}
