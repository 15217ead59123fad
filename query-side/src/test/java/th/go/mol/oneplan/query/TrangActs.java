package th.go.mol.oneplan.query;

import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.drive.AgendaItemsSelected;
import th.go.mol.oneplan.drive.LeadOfficer;
import th.go.mol.oneplan.drive.ProvincialDriveStarted;
import th.go.mol.oneplan.drive.fieldwork.FieldVisitLogged;
import th.go.mol.oneplan.drive.inspection.InspectionRecorded;
import th.go.mol.oneplan.drive.meeting.MeetingRecorded;
import th.go.mol.oneplan.drive.meeting.MeetingType;
import th.go.mol.oneplan.drive.plan.Agency;
import th.go.mol.oneplan.drive.plan.BudgetSource;
import th.go.mol.oneplan.drive.plan.PlanApproved;
import th.go.mol.oneplan.drive.plan.PlanDrafted;
import th.go.mol.oneplan.drive.plan.PlanProject;
import th.go.mol.oneplan.drive.plan.PlanRevised;
import th.go.mol.oneplan.drive.reporting.MonthlyReportSubmitted;
import th.go.mol.oneplan.drive.reporting.OneGoalSummarySubmitted;
import th.go.mol.oneplan.drive.reporting.ReportForm;
import th.go.mol.oneplan.drive.workinggroup.Member;
import th.go.mol.oneplan.drive.workinggroup.MemberRole;
import th.go.mol.oneplan.drive.workinggroup.Sector;
import th.go.mol.oneplan.drive.workinggroup.WorkingGroupAmended;
import th.go.mol.oneplan.drive.workinggroup.WorkingGroupAppointed;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** The Trang FY 2562 drive of the domain brief, as recorded acts, for tests. */
public final class TrangActs {
    public static final String DRIVE = "92-2562";
    public static final Recording RECORDING = new Recording("secretary@trang", Instant.parse("2019-09-30T03:00:00Z"), "cmd-1");

    public static final ProvincialDriveStarted STARTED = new ProvincialDriveStarted(DRIVE, id(1), 92, "ตรัง", "Trang",
            2562, new LeadOfficer("Somchai", "Acting Provincial Labour head"), LocalDate.of(2018, 10, 19), false, RECORDING);
    public static final MeetingRecorded HEADS_MEETING = new MeetingRecorded(DRIVE, id(2), "11/2561",
            MeetingType.HEADS_OF_AGENCIES, "Provincial Labour head", List.of("SSO", "DSD"), List.of("drive item 13"),
            LocalDate.of(2018, 11, 26), false, RECORDING);
    public static final AgendaItemsSelected AGENDA = new AgendaItemsSelected(DRIVE, id(3), List.of(13), "11/2561",
            LocalDate.of(2018, 11, 26), false, RECORDING);
    public static final List<Member> MEMBERS = List.of(
            new Member("Vice Governor", "Vice Governor", "Trang", Sector.GOVERNMENT, MemberRole.ADVISOR),
            new Member("Head", "Provincial Labour head", "PLO", Sector.GOVERNMENT, MemberRole.HEAD),
            new Member("SME", "Director", "SME Promotion Office", Sector.PRIVATE, MemberRole.MEMBER),
            new Member("Volunteer", "Chair", "Labour volunteers", Sector.PEOPLE, MemberRole.MEMBER));
    public static final WorkingGroupAppointed APPOINTED = new WorkingGroupAppointed(DRIVE, id(4), "ตง 123/2561",
            "Governor of Trang", MEMBERS, LocalDate.of(2018, 12, 20), false, RECORDING);
    public static final WorkingGroupAmended AMENDED = new WorkingGroupAmended(DRIVE, id(5), "ตง 200/2562",
            List.of(new Member("Farmer", "Member", "Farmers' group", Sector.PEOPLE, MemberRole.MEMBER),
                    new Member("Chamber", "Vice president", "Trang Chamber of Commerce", Sector.PRIVATE, MemberRole.MEMBER)),
            List.of("SME"), "the SME office sent another director", LocalDate.of(2019, 1, 5), false, RECORDING);
    public static final MeetingRecorded WG_MEETING_1 = new MeetingRecorded(DRIVE, id(6), "1/2562",
            MeetingType.WORKING_GROUP, "Vice Governor", List.of("all"), List.of("approve the One Plan"),
            LocalDate.of(2019, 1, 15), false, RECORDING);
    public static final List<PlanProject> PROJECTS = List.of(
            new PlanProject("P1", "Employment training", Agency.EMPLOYMENT_OFFICE, null, "informal workers", 20,
                    List.of(920101), 3_500_000, BudgetSource.CENTRAL_MINISTRY),
            new PlanProject("P2", "Skills for the elderly", Agency.SKILL_DEVELOPMENT_OFFICE, null, "elderly", 140,
                    List.of(920104), 20_000_000, BudgetSource.CENTRAL_MINISTRY),
            new PlanProject("P3", "Occupational safety", Agency.PROVINCIAL_LABOUR_OFFICE, null, "farmers", 40,
                    List.of(920105), 7_620_000, BudgetSource.PROVINCIAL_DEVELOPMENT));
    public static final PlanDrafted DRAFTED = new PlanDrafted(DRIVE, id(7), 1,
            "Informal workers have occupations, income and social security", PROJECTS, LocalDate.of(2019, 1, 10),
            false, RECORDING);
    public static final PlanApproved APPROVED_1 = new PlanApproved(DRIVE, id(8), 1, "1/2562", WG_MEETING_1.eventId(),
            LocalDate.of(2019, 1, 15), false, RECORDING);
    public static final FieldVisitLogged VISIT = new FieldVisitLogged(DRIVE, id(10), 920101, "ทับเที่ยง",
            "Bang Kung centre", List.of("Employment Office"), 45, List.of("SSO section 40"), "P1",
            LocalDate.of(2019, 2, 13), false, RECORDING);
    public static final InspectionRecorded INSPECTION = new InspectionRecorded(DRIVE, id(12), "MOL Inspector",
            "Ten sites are too many", List.of("Narrow to one site", "One occupation group"), LocalDate.of(2019, 3, 5),
            false, RECORDING);
    public static final MonthlyReportSubmitted REPORT = new MonthlyReportSubmitted(DRIVE, id(13), ReportForm.FORM_62_1,
            YearMonth.of(2019, 2), YearMonth.of(2019, 2), "ตง 0027/500", "February progress", LocalDate.of(2019, 3, 5),
            false, RECORDING);
    public static final PlanRevised REVISED = new PlanRevised(DRIVE, id(15), 2, 1, "the inspector recommended one site",
            INSPECTION.eventId(), "Informal workers of Wang Maprang Nuea", PROJECTS.subList(0, 2),
            LocalDate.of(2019, 4, 10), false, RECORDING);
    public static final MeetingRecorded WG_MEETING_2 = new MeetingRecorded(DRIVE, id(16), "2/2562",
            MeetingType.WORKING_GROUP, "Vice Governor", List.of("all"), List.of("approve version 2"),
            LocalDate.of(2019, 4, 17), false, RECORDING);
    public static final PlanApproved APPROVED_2 = new PlanApproved(DRIVE, id(17), 2, "2/2562", WG_MEETING_2.eventId(),
            LocalDate.of(2019, 4, 17), false, RECORDING);
    public static final OneGoalSummarySubmitted SUMMARY = new OneGoalSummarySubmitted(DRIVE, id(20), "ตง 0027/1082",
            "1,692 informal workers served", 1692, LocalDate.of(2019, 9, 30), false, RECORDING);

    private TrangActs() {
    }

    public static String id(int position) {
        return DRIVE + "/" + position;
    }
}
