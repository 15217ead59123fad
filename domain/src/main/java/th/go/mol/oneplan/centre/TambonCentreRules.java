package th.go.mol.oneplan.centre;

import th.go.mol.oneplan.common.BusinessCalendar;
import th.go.mol.oneplan.common.InvalidValue;
import th.go.mol.oneplan.common.Require;
import th.go.mol.oneplan.common.RuleViolation;
import th.go.mol.oneplan.geography.Geography;
import th.go.mol.oneplan.geography.Subdistrict;
import th.go.mol.oneplan.geography.SubdistrictRules;

import java.time.LocalDate;
import java.util.Set;

/**
 * The rules of a tambon centre's establishment and of its core-team mentors: a real subdistrict, a named venue,
 * a programme of the same province; mentors assigned once each, after the centre exists.
 */
public final class TambonCentreRules {
    /** The limits the HTTP API will state. */
    public static final int NAME_MAX = 200;

    private TambonCentreRules() {
    }

    /** The establishment the command asks for, with the subdistrict's names and codes from the geography. */
    public static TambonCentreEstablished establishment(EstablishTambonCentre command, Geography geography) {
        String centreId = CentreId.valid(command.centreId(), "centreId");
        Subdistrict site = SubdistrictRules.real(command.subdistrictCode(), "subdistrictCode", geography);
        Venue venue = Require.present(command.venue(), "venue");
        Require.present(venue.kind(), "venue.kind");
        String venueName = Require.text(venue.name(), "venue.name", NAME_MAX);
        PilotProgrammeId programme = PilotProgrammeId.parse(command.programmeId(), "programmeId");
        if (programme.provinceCode() != site.provinceCode()) {
            throw new InvalidValue("programmeId", "programme-in-province", "subdistrict " + site.code() + " ("
                    + site.nameTh() + ") is in province " + site.provinceCode() + ", not in the province of programme "
                    + programme);
        }
        LocalDate establishedOn = BusinessCalendar.notInFuture(command.establishedOn(), command.recording(),
                "establishedOn");
        return new TambonCentreEstablished(centreId, site.code(), site.nameTh(), site.districtCode(),
                site.provinceCode(), new Venue(venue.kind(), venueName), command.pilot(), programme.toString(),
                establishedOn, command.recording());
    }

    /** The assignment the command asks for: a named mentor and agency, once per centre, after it was established. */
    public static CoreTeamMentorAssigned mentorAssignment(AssignCoreTeamMentor command,
                                                          TambonCentreEstablished centre, Set<String> mentors) {
        String mentor = Require.text(command.mentorName(), "mentorName", NAME_MAX);
        String agency = Require.text(command.agency(), "agency", NAME_MAX);
        LocalDate assignedOn = BusinessCalendar.notInFuture(command.assignedOn(), command.recording(), "assignedOn");
        if (assignedOn.isBefore(centre.businessDate())) {
            throw new RuleViolation("mentor-before-establishment", "a mentor assigned on " + assignedOn
                    + " cannot precede the centre, established on " + centre.businessDate());
        }
        if (mentors.contains(mentor)) {
            throw new RuleViolation("mentor-already-assigned", mentor + " already follows centre " + centre.centreId());
        }
        return new CoreTeamMentorAssigned(centre.centreId(), mentor, agency, assignedOn, command.recording());
    }
}
