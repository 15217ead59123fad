package th.go.mol.oneplan.drive;

import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.drive.fieldwork.FieldVisitLogged;
import th.go.mol.oneplan.drive.fieldwork.LogFieldVisit;
import th.go.mol.oneplan.drive.inspection.InspectionRecorded;
import th.go.mol.oneplan.drive.inspection.RecordInspection;
import th.go.mol.oneplan.drive.kpi.Evidence;
import th.go.mol.oneplan.drive.kpi.KpiLevelReached;
import th.go.mol.oneplan.drive.meeting.MeetingRecorded;
import th.go.mol.oneplan.drive.meeting.MeetingType;
import th.go.mol.oneplan.drive.meeting.RecordMeeting;
import th.go.mol.oneplan.drive.plan.Agency;
import th.go.mol.oneplan.drive.plan.ApprovePlan;
import th.go.mol.oneplan.drive.plan.BudgetSource;
import th.go.mol.oneplan.drive.plan.DraftPlan;
import th.go.mol.oneplan.drive.plan.PlanApproved;
import th.go.mol.oneplan.drive.plan.PlanDrafted;
import th.go.mol.oneplan.drive.plan.PlanProject;
import th.go.mol.oneplan.drive.plan.PlanRevised;
import th.go.mol.oneplan.drive.plan.RevisePlan;
import th.go.mol.oneplan.drive.reporting.MonthlyReportSubmitted;
import th.go.mol.oneplan.drive.reporting.OneGoalSummarySubmitted;
import th.go.mol.oneplan.drive.reporting.ReportForm;
import th.go.mol.oneplan.drive.reporting.SubmitMonthlyReport;
import th.go.mol.oneplan.drive.reporting.SubmitOneGoalSummary;
import th.go.mol.oneplan.drive.workinggroup.AppointWorkingGroup;
import th.go.mol.oneplan.drive.workinggroup.Member;
import th.go.mol.oneplan.drive.workinggroup.MemberRole;
import th.go.mol.oneplan.drive.workinggroup.Sector;
import th.go.mol.oneplan.drive.workinggroup.WorkingGroupAppointed;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Trang province's drive of FY 2562, the worked example of the domain brief, as commands and as the events
 * the drive records for them. The canonical stream (event numbers below are positions in it, so event ids
 * are {@code 92-2562/<number>}):
 *
 * <pre>
 *  1 ProvincialDriveStarted      2018-10-19 acting Provincial Labour head made lead
 *  2 MeetingRecorded 11/2561     2018-11-26 heads of MOL agencies
 *  3 AgendaItemsSelected [13]    2018-11-26 informal-worker network
 *  4 WorkingGroupAppointed       2019-01-07 provincial order 45/2562, signed by the governor
 *  5 KpiLevelReached 1
 *  6 PlanDrafted v1              2019-01-10 4 projects, 4 pilot sites, 311,200 baht
 *  7 MeetingRecorded 1/2562      2019-01-15 working group, chaired by the vice governor
 *  8 PlanApproved v1 at 1/2562
 *  9 KpiLevelReached 2
 * 10 FieldVisitLogged            2019-02-13 Bang Kung
 * 11 KpiLevelReached 3
 * 12 MonthlyReportSubmitted      2019-03-05 form 62-1 for February 2019
 * 13 KpiLevelReached 4
 * 14 InspectionRecorded          2019-03-05 inspector: narrow to 1 site, 1 occupation group
 * 15 PlanRevised v2              2019-04-17 narrowed to Wang Maprang Nuea
 * 16 MeetingRecorded 2/2562      2019-04-17 working group
 * 17 PlanApproved v2 at 2/2562
 * 18 FieldVisitLogged            2019-06-12 integrated service day at Wang Maprang Nuea, 350 people
 * 19 OneGoalSummarySubmitted     2019-09-30 letter ตง 0027/1082, 1,692 people
 * 20 KpiLevelReached 5
 * </pre>
 *
 * Every act is recorded by the same officer on 2019-10-01 (Bangkok), after all business dates; the command
 * id of the act numbered n is {@code cmd-n}.
 */
public final class TrangDrive {
    public static final String DRIVE_ID = "92-2562";
    public static final int TRANG = 92;
    public static final int FY_2562 = 2562;
    public static final String RECORDED_BY = "officer@trang";
    /** 2019-10-01 10:00 in Bangkok. */
    public static final Instant RECORDED_AT = Instant.parse("2019-10-01T03:00:00Z");

    // Pilot sites (subdistrict codes) in Trang, and one outside it.
    public static final int WANG_MAPRANG_NUEA = 920705;
    public static final int KANTANG = 920201;
    public static final int BANG_KUNG = 920606;
    public static final int BO_HIN = 920501;
    public static final int TALAT_SURAT_THANI = 840101;

    // Business dates of the worked example.
    public static final LocalDate LEAD_ASSIGNED_ON = LocalDate.of(2018, 10, 19);
    public static final LocalDate HEADS_MET_ON = LocalDate.of(2018, 11, 26);
    public static final LocalDate ORDER_SIGNED_ON = LocalDate.of(2019, 1, 7);
    public static final LocalDate PLAN_DRAFTED_ON = LocalDate.of(2019, 1, 10);
    public static final LocalDate MEETING_1_HELD_ON = LocalDate.of(2019, 1, 15);
    public static final LocalDate FIRST_VISIT_ON = LocalDate.of(2019, 2, 13);
    public static final LocalDate FEBRUARY_REPORTED_ON = LocalDate.of(2019, 3, 5);
    public static final LocalDate INSPECTED_ON = LocalDate.of(2019, 3, 5);
    public static final LocalDate PLAN_REVISED_ON = LocalDate.of(2019, 4, 17);
    public static final LocalDate MEETING_2_HELD_ON = LocalDate.of(2019, 4, 17);
    public static final LocalDate SERVICE_DAY_ON = LocalDate.of(2019, 6, 12);
    public static final LocalDate SUMMARY_SENT_ON = LocalDate.of(2019, 9, 30);

    // Documents.
    public static final String HEADS_MEETING = "11/2561";
    public static final String MEETING_1 = "1/2562";
    public static final String MEETING_2 = "2/2562";
    public static final String ORDER = "45/2562";
    public static final String SIGNED_BY = "ผู้ว่าราชการจังหวัดตรัง";
    public static final String FEBRUARY_REPORT_LETTER = "ตง 0027/251";
    public static final String SUMMARY_LETTER = "ตง 0027/1082";
    public static final String ONE_GOAL = "แรงงานนอกระบบมีอาชีพ มีรายได้ มีหลักประกันทางสังคม และมีคุณภาพชีวิตที่ดีขึ้น"
            + " (informal workers have occupations, income, social security and a better quality of life)";

    // Positions of the acts in the canonical stream.
    public static final int STARTED = 1;
    public static final int HEADS_MET = 2;
    public static final int AGENDA_SELECTED = 3;
    public static final int APPOINTED = 4;
    public static final int LEVEL_1_REACHED = 5;
    public static final int PLAN_DRAFTED = 6;
    public static final int MEETING_1_HELD = 7;
    public static final int PLAN_APPROVED = 8;
    public static final int LEVEL_2_REACHED = 9;
    public static final int FIRST_VISIT = 10;
    public static final int LEVEL_3_REACHED = 11;
    public static final int FEBRUARY_REPORTED = 12;
    public static final int LEVEL_4_REACHED = 13;
    public static final int INSPECTED = 14;
    public static final int PLAN_REVISED = 15;
    public static final int MEETING_2_HELD = 16;
    public static final int REVISION_APPROVED = 17;
    public static final int SERVICE_DAY = 18;
    public static final int SUMMARY_SENT = 19;
    public static final int LEVEL_5_REACHED = 20;

    public static final LeadOfficer LEAD = new LeadOfficer("Lead officer of Trang",
            "รักษาราชการแทนแรงงานจังหวัดตรัง (acting Provincial Labour head)");

    // The working group of provincial order 45/2562.
    public static final Member VICE_GOVERNOR = new Member("Vice Governor of Trang", "รองผู้ว่าราชการจังหวัดตรัง",
            "ศาลากลางจังหวัดตรัง", Sector.GOVERNMENT, MemberRole.ADVISOR);
    public static final Member LABOUR_HEAD = new Member("Provincial Labour head", "แรงงานจังหวัดตรัง",
            "สำนักงานแรงงานจังหวัดตรัง", Sector.GOVERNMENT, MemberRole.HEAD);
    public static final Member SOCIAL_SECURITY_HEAD = new Member("Provincial Social Security head",
            "ประกันสังคมจังหวัดตรัง", "สำนักงานประกันสังคมจังหวัดตรัง", Sector.GOVERNMENT, MemberRole.MEMBER);
    public static final Member SKILL_DEVELOPMENT_HEAD = new Member("Skill Development Office director",
            "ผู้อำนวยการสำนักงานพัฒนาฝีมือแรงงานตรัง", "สำนักงานพัฒนาฝีมือแรงงานตรัง", Sector.GOVERNMENT,
            MemberRole.MEMBER);
    public static final Member EMPLOYMENT_HEAD = new Member("Provincial Employment head", "จัดหางานจังหวัดตรัง",
            "สำนักงานจัดหางานจังหวัดตรัง", Sector.GOVERNMENT, MemberRole.MEMBER);
    public static final Member WELFARE_HEAD = new Member("Labour Protection and Welfare head",
            "สวัสดิการและคุ้มครองแรงงานจังหวัดตรัง", "สำนักงานสวัสดิการและคุ้มครองแรงงานจังหวัดตรัง",
            Sector.GOVERNMENT, MemberRole.MEMBER);
    public static final Member COMMUNITY_DEVELOPMENT_HEAD = new Member("Community Development head",
            "พัฒนาการจังหวัดตรัง", "สำนักงานพัฒนาชุมชนจังหวัดตรัง", Sector.GOVERNMENT, MemberRole.MEMBER);
    public static final Member AGRICULTURE_HEAD = new Member("Provincial Agriculture head", "เกษตรจังหวัดตรัง",
            "สำนักงานเกษตรจังหวัดตรัง", Sector.GOVERNMENT, MemberRole.MEMBER);
    public static final Member SME_REPRESENTATIVE = new Member("SME representative",
            "ผู้แทนวิสาหกิจขนาดกลางและขนาดย่อม", "สำนักงานส่งเสริมวิสาหกิจขนาดกลางและขนาดย่อม (SME)",
            Sector.PRIVATE, MemberRole.MEMBER);
    public static final Member VOLUNTEERS_CHAIR = new Member("Chair of Trang labour volunteers",
            "ประธานอาสาสมัครแรงงานจังหวัดตรัง", "อาสาสมัครแรงงาน (อสร.)", Sector.PEOPLE, MemberRole.MEMBER);
    public static final Member SECRETARY = new Member("Labour officer of Trang", "นักวิชาการแรงงาน",
            "สำนักงานแรงงานจังหวัดตรัง", Sector.GOVERNMENT, MemberRole.SECRETARY);

    public static final List<Member> WORKING_GROUP = List.of(VICE_GOVERNOR, LABOUR_HEAD, SOCIAL_SECURITY_HEAD,
            SKILL_DEVELOPMENT_HEAD, EMPLOYMENT_HEAD, WELFARE_HEAD, COMMUNITY_DEVELOPMENT_HEAD, AGRICULTURE_HEAD,
            SME_REPRESENTATIVE, VOLUNTEERS_CHAIR, SECRETARY);

    /** Version 1 of the One Plan: 311,200 baht across four pilot sites. */
    public static final List<PlanProject> PLAN_V1 = List.of(
            new PlanProject("P1", "ฝึกทักษะอาชีพแรงงานนอกระบบและผู้สูงอายุ (7 รุ่น)", Agency.SKILL_DEVELOPMENT_OFFICE,
                    null, "informal workers and the elderly", 140,
                    List.of(WANG_MAPRANG_NUEA, KANTANG, BANG_KUNG, BO_HIN), 200_000_00L, BudgetSource.CENTRAL_MINISTRY),
            new PlanProject("P2", "ฝึกอาชีพเสริมเพื่อการมีงานทำ", Agency.EMPLOYMENT_OFFICE, null, "informal workers", 20,
                    List.of(WANG_MAPRANG_NUEA), 35_000_00L, BudgetSource.CENTRAL_MINISTRY),
            new PlanProject("P3", "เครือข่ายแรงงานนอกระบบและวันบริการแบบบูรณาการ", Agency.PROVINCIAL_LABOUR_OFFICE, null,
                    "informal workers of the pilot centres", 1_500,
                    List.of(WANG_MAPRANG_NUEA, KANTANG, BANG_KUNG, BO_HIN), 76_200_00L, BudgetSource.CENTRAL_MINISTRY),
            new PlanProject("P4", "ให้ความรู้การออมและกองทุนชุมชน", Agency.PARTNER, "สำนักงานพัฒนาชุมชนจังหวัดตรัง",
                    "informal workers", 100, List.of(BANG_KUNG), 0L, BudgetSource.OTHER));

    /** Version 2, after the inspector's advice: one site (Wang Maprang Nuea) and one occupation group (P5). */
    public static final List<PlanProject> PLAN_V2 = List.of(
            new PlanProject("P1", "ฝึกทักษะอาชีพแรงงานนอกระบบและผู้สูงอายุ (7 รุ่น)", Agency.SKILL_DEVELOPMENT_OFFICE,
                    null, "informal workers and the elderly", 140, List.of(WANG_MAPRANG_NUEA), 200_000_00L,
                    BudgetSource.CENTRAL_MINISTRY),
            new PlanProject("P2", "ฝึกอาชีพเสริมเพื่อการมีงานทำ", Agency.EMPLOYMENT_OFFICE, null, "informal workers", 20,
                    List.of(WANG_MAPRANG_NUEA), 35_000_00L, BudgetSource.CENTRAL_MINISTRY),
            new PlanProject("P3", "วันบริการแบบบูรณาการ ตำบลวังมะปรางเหนือ", Agency.PROVINCIAL_LABOUR_OFFICE, null,
                    "informal workers of Wang Maprang Nuea", 1_500, List.of(WANG_MAPRANG_NUEA), 55_200_00L,
                    BudgetSource.CENTRAL_MINISTRY),
            new PlanProject("P5", "กลุ่มอาชีพแรงงานนอกระบบ ตำบลวังมะปรางเหนือ", Agency.PROVINCIAL_LABOUR_OFFICE, null,
                    "one occupation group", 30, List.of(WANG_MAPRANG_NUEA), 21_000_00L,
                    BudgetSource.CENTRAL_MINISTRY));

    private TrangDrive() {
    }

    public static Recording recording(int n) {
        return new Recording(RECORDED_BY, RECORDED_AT, "cmd-" + n);
    }

    /** The id of the event at position n of the drive's stream. */
    public static String id(int n) {
        return DRIVE_ID + "/" + n;
    }

    /** The first {@code n} events of the canonical stream: the drive as it stood after event n. */
    public static List<Object> through(int n) {
        return List.copyOf(stream().subList(0, n));
    }

    /** All 20 events of the canonical stream. */
    public static List<Object> stream() {
        return List.of(driveStarted(), headsMeetingRecorded(), agendaItemSelected(), workingGroupAppointed(),
                level1Reached(), planDrafted(), meeting1Recorded(), planApproved(), level2Reached(), firstVisitLogged(),
                level3Reached(), februaryReportSubmitted(), level4Reached(), inspectionRecorded(), planRevised(),
                meeting2Recorded(), revisionApproved(), serviceDayLogged(), summarySubmitted(), level5Reached());
    }

    /** The recorded acts of the canonical stream (no KPI events), as {@link DriveHistory} holds them. */
    public static List<RecordedAct> acts() {
        List<RecordedAct> acts = new ArrayList<>();
        for (Object event : stream()) {
            if (event instanceof RecordedAct act) {
                acts.add(act);
            }
        }
        return acts;
    }

    public static DriveHistory historyOf(List<? extends RecordedAct> acts) {
        DriveHistory history = new DriveHistory();
        acts.forEach(history::record);
        return history;
    }

    // 1. Start -------------------------------------------------------------------------------------------------

    public static StartProvincialDrive startDrive() {
        return new StartProvincialDrive(DRIVE_ID, TRANG, FY_2562, LEAD, LEAD_ASSIGNED_ON, false, recording(STARTED));
    }

    public static ProvincialDriveStarted driveStarted() {
        return new ProvincialDriveStarted(DRIVE_ID, id(STARTED), TRANG, "ตรัง", "Trang", FY_2562, LEAD,
                LEAD_ASSIGNED_ON, false, recording(STARTED));
    }

    // 2-3. Heads of agencies choose A1 item 13 ------------------------------------------------------------------

    public static RecordMeeting recordHeadsMeeting() {
        return new RecordMeeting(DRIVE_ID, HEADS_MEETING, MeetingType.HEADS_OF_AGENCIES, HEADS_MET_ON, LABOUR_HEAD.name(),
                headsOfAgencies(), List.of("ขับเคลื่อนนโยบายเร่งด่วน ข้อ 13 ผ่านศูนย์แรงงานนอกระบบนำร่อง 10 แห่ง"), false,
                recording(HEADS_MET));
    }

    public static MeetingRecorded headsMeetingRecorded() {
        return new MeetingRecorded(DRIVE_ID, id(HEADS_MET), HEADS_MEETING, MeetingType.HEADS_OF_AGENCIES,
                LABOUR_HEAD.name(), headsOfAgencies(),
                List.of("ขับเคลื่อนนโยบายเร่งด่วน ข้อ 13 ผ่านศูนย์แรงงานนอกระบบนำร่อง 10 แห่ง"), HEADS_MET_ON, false,
                recording(HEADS_MET));
    }

    private static List<String> headsOfAgencies() {
        return List.of(LABOUR_HEAD.name(), SOCIAL_SECURITY_HEAD.name(), SKILL_DEVELOPMENT_HEAD.name(),
                EMPLOYMENT_HEAD.name(), WELFARE_HEAD.name());
    }

    public static SelectAgendaItems selectItem13() {
        return new SelectAgendaItems(DRIVE_ID, List.of(13), HEADS_MEETING, false, recording(AGENDA_SELECTED));
    }

    public static AgendaItemsSelected agendaItemSelected() {
        return new AgendaItemsSelected(DRIVE_ID, id(AGENDA_SELECTED), List.of(13), HEADS_MEETING, HEADS_MET_ON, false,
                recording(AGENDA_SELECTED));
    }

    // 4-5. The pracharat working group: level 1 ----------------------------------------------------------------

    public static AppointWorkingGroup appointWorkingGroup() {
        return appointWorkingGroup(WORKING_GROUP);
    }

    public static AppointWorkingGroup appointWorkingGroup(List<Member> members) {
        return new AppointWorkingGroup(DRIVE_ID, ORDER, ORDER_SIGNED_ON, SIGNED_BY, members, false, recording(APPOINTED));
    }

    public static WorkingGroupAppointed workingGroupAppointed() {
        return new WorkingGroupAppointed(DRIVE_ID, id(APPOINTED), ORDER, SIGNED_BY, WORKING_GROUP, ORDER_SIGNED_ON,
                false, recording(APPOINTED));
    }

    public static KpiLevelReached level1Reached() {
        return new KpiLevelReached(DRIVE_ID, id(LEVEL_1_REACHED), 1, ORDER_SIGNED_ON,
                List.of(new Evidence(id(APPOINTED), "WorkingGroupAppointed", ORDER_SIGNED_ON, "order " + ORDER)),
                id(APPOINTED), false, recording(APPOINTED));
    }

    // 6-9. The One Plan, approved at meeting 1/2562: level 2 ---------------------------------------------------

    public static DraftPlan draftPlan() {
        return new DraftPlan(DRIVE_ID, ONE_GOAL, PLAN_V1, PLAN_DRAFTED_ON, false, recording(PLAN_DRAFTED));
    }

    public static PlanDrafted planDrafted() {
        return new PlanDrafted(DRIVE_ID, id(PLAN_DRAFTED), 1, ONE_GOAL, PLAN_V1, PLAN_DRAFTED_ON, false,
                recording(PLAN_DRAFTED));
    }

    public static RecordMeeting recordMeeting1() {
        return new RecordMeeting(DRIVE_ID, MEETING_1, MeetingType.WORKING_GROUP, MEETING_1_HELD_ON, VICE_GOVERNOR.name(),
                workingGroupNames(), List.of("เห็นชอบ One Plan: 9 โครงการ/กิจกรรม 10 ศูนย์นำร่อง งบประมาณ 311,200 บาท"),
                false, recording(MEETING_1_HELD));
    }

    public static MeetingRecorded meeting1Recorded() {
        return new MeetingRecorded(DRIVE_ID, id(MEETING_1_HELD), MEETING_1, MeetingType.WORKING_GROUP,
                VICE_GOVERNOR.name(), workingGroupNames(),
                List.of("เห็นชอบ One Plan: 9 โครงการ/กิจกรรม 10 ศูนย์นำร่อง งบประมาณ 311,200 บาท"), MEETING_1_HELD_ON,
                false, recording(MEETING_1_HELD));
    }

    private static List<String> workingGroupNames() {
        return WORKING_GROUP.stream().map(Member::name).toList();
    }

    public static ApprovePlan approvePlanV1() {
        return new ApprovePlan(DRIVE_ID, 1, MEETING_1, false, recording(PLAN_APPROVED));
    }

    public static PlanApproved planApproved() {
        return new PlanApproved(DRIVE_ID, id(PLAN_APPROVED), 1, MEETING_1, id(MEETING_1_HELD), MEETING_1_HELD_ON, false,
                recording(PLAN_APPROVED));
    }

    public static KpiLevelReached level2Reached() {
        return new KpiLevelReached(DRIVE_ID, id(LEVEL_2_REACHED), 2, MEETING_1_HELD_ON, List.of(
                new Evidence(id(PLAN_DRAFTED), "PlanDrafted", PLAN_DRAFTED_ON, "One Plan version 1"),
                new Evidence(id(MEETING_1_HELD), "MeetingRecorded", MEETING_1_HELD_ON, "meeting 1/2562"),
                new Evidence(id(PLAN_APPROVED), "PlanApproved", MEETING_1_HELD_ON,
                        "One Plan version 1 approved at meeting 1/2562")),
                id(PLAN_APPROVED), false, recording(PLAN_APPROVED));
    }

    // 10-11. First field visit: level 3 ------------------------------------------------------------------------

    public static LogFieldVisit logFirstVisit() {
        return new LogFieldVisit(DRIVE_ID, FIRST_VISIT_ON, BANG_KUNG, "ศูนย์แรงงานนอกระบบนำร่อง ตำบลบางกุ้ง",
                List.of("สำนักงานแรงงานจังหวัดตรัง", "สำนักงานพัฒนาฝีมือแรงงานตรัง"), 45,
                List.of("สำรวจความต้องการของแรงงานนอกระบบ"), "P3", false, recording(FIRST_VISIT));
    }

    public static FieldVisitLogged firstVisitLogged() {
        return new FieldVisitLogged(DRIVE_ID, id(FIRST_VISIT), BANG_KUNG, "บางกุ้ง",
                "ศูนย์แรงงานนอกระบบนำร่อง ตำบลบางกุ้ง",
                List.of("สำนักงานแรงงานจังหวัดตรัง", "สำนักงานพัฒนาฝีมือแรงงานตรัง"), 45,
                List.of("สำรวจความต้องการของแรงงานนอกระบบ"), "P3", FIRST_VISIT_ON, false, recording(FIRST_VISIT));
    }

    public static KpiLevelReached level3Reached() {
        return new KpiLevelReached(DRIVE_ID, id(LEVEL_3_REACHED), 3, FIRST_VISIT_ON,
                List.of(new Evidence(id(FIRST_VISIT), "FieldVisitLogged", FIRST_VISIT_ON,
                        "visit to บางกุ้ง (920606) for project P3")),
                id(FIRST_VISIT), false, recording(FIRST_VISIT));
    }

    // 12-13. The February report on form 62-1: level 4 ---------------------------------------------------------

    public static SubmitMonthlyReport submitFebruaryReport() {
        return new SubmitMonthlyReport(DRIVE_ID, ReportForm.FORM_62_1, YearMonth.of(2019, 2), YearMonth.of(2019, 2),
                FEBRUARY_REPORTED_ON, FEBRUARY_REPORT_LETTER, "ลงพื้นที่ศูนย์นำร่องบางกุ้ง; จัดฝึกอบรมรุ่นแรก", false,
                recording(FEBRUARY_REPORTED));
    }

    public static MonthlyReportSubmitted februaryReportSubmitted() {
        return new MonthlyReportSubmitted(DRIVE_ID, id(FEBRUARY_REPORTED), ReportForm.FORM_62_1, YearMonth.of(2019, 2),
                YearMonth.of(2019, 2), FEBRUARY_REPORT_LETTER, "ลงพื้นที่ศูนย์นำร่องบางกุ้ง; จัดฝึกอบรมรุ่นแรก",
                FEBRUARY_REPORTED_ON, false, recording(FEBRUARY_REPORTED));
    }

    public static KpiLevelReached level4Reached() {
        return new KpiLevelReached(DRIVE_ID, id(LEVEL_4_REACHED), 4, FEBRUARY_REPORTED_ON,
                List.of(new Evidence(id(FEBRUARY_REPORTED), "MonthlyReportSubmitted", FEBRUARY_REPORTED_ON,
                        "form 62-1 for 2019-02, letter " + FEBRUARY_REPORT_LETTER)),
                id(FEBRUARY_REPORTED), false, recording(FEBRUARY_REPORTED));
    }

    // 14-17. The inspector's advice and the revised plan -------------------------------------------------------

    public static RecordInspection recordInspection() {
        return new RecordInspection(DRIVE_ID, "ผู้ตรวจราชการกระทรวงแรงงาน", INSPECTED_ON,
                "10 pilot sites spread the budget and the agencies too thin",
                List.of("narrow the plan from 10 sites to 1 site", "work with 1 occupation group"), false,
                recording(INSPECTED));
    }

    public static InspectionRecorded inspectionRecorded() {
        return new InspectionRecorded(DRIVE_ID, id(INSPECTED), "ผู้ตรวจราชการกระทรวงแรงงาน",
                "10 pilot sites spread the budget and the agencies too thin",
                List.of("narrow the plan from 10 sites to 1 site", "work with 1 occupation group"), INSPECTED_ON,
                false, recording(INSPECTED));
    }

    public static final String REVISION_REASON = "the inspector recommended 1 site and 1 occupation group;"
            + " agencies agreed on Wang Maprang Nuea on 2019-04-04";

    public static RevisePlan revisePlan() {
        return new RevisePlan(DRIVE_ID, REVISION_REASON, id(INSPECTED), ONE_GOAL, PLAN_V2, PLAN_REVISED_ON, false,
                recording(PLAN_REVISED));
    }

    public static PlanRevised planRevised() {
        return new PlanRevised(DRIVE_ID, id(PLAN_REVISED), 2, 1, REVISION_REASON, id(INSPECTED), ONE_GOAL, PLAN_V2,
                PLAN_REVISED_ON, false, recording(PLAN_REVISED));
    }

    public static RecordMeeting recordMeeting2() {
        return new RecordMeeting(DRIVE_ID, MEETING_2, MeetingType.WORKING_GROUP, MEETING_2_HELD_ON, VICE_GOVERNOR.name(),
                workingGroupNames(), List.of("เห็นชอบปรับ One Plan เหลือพื้นที่ตำบลวังมะปรางเหนือ"), false,
                recording(MEETING_2_HELD));
    }

    public static MeetingRecorded meeting2Recorded() {
        return new MeetingRecorded(DRIVE_ID, id(MEETING_2_HELD), MEETING_2, MeetingType.WORKING_GROUP,
                VICE_GOVERNOR.name(), workingGroupNames(), List.of("เห็นชอบปรับ One Plan เหลือพื้นที่ตำบลวังมะปรางเหนือ"),
                MEETING_2_HELD_ON, false, recording(MEETING_2_HELD));
    }

    public static ApprovePlan approvePlanV2() {
        return new ApprovePlan(DRIVE_ID, 2, MEETING_2, false, recording(REVISION_APPROVED));
    }

    public static PlanApproved revisionApproved() {
        return new PlanApproved(DRIVE_ID, id(REVISION_APPROVED), 2, MEETING_2, id(MEETING_2_HELD), MEETING_2_HELD_ON,
                false, recording(REVISION_APPROVED));
    }

    // 18. The integrated service day -----------------------------------------------------------------------------

    public static LogFieldVisit logServiceDay() {
        return new LogFieldVisit(DRIVE_ID, SERVICE_DAY_ON, WANG_MAPRANG_NUEA, "องค์การบริหารส่วนตำบลวังมะปรางเหนือ",
                serviceDayAgencies(), 350, serviceDayServices(), "P3", false, recording(SERVICE_DAY));
    }

    public static FieldVisitLogged serviceDayLogged() {
        return new FieldVisitLogged(DRIVE_ID, id(SERVICE_DAY), WANG_MAPRANG_NUEA, "วังมะปรางเหนือ",
                "องค์การบริหารส่วนตำบลวังมะปรางเหนือ", serviceDayAgencies(), 350, serviceDayServices(), "P3",
                SERVICE_DAY_ON, false, recording(SERVICE_DAY));
    }

    private static List<String> serviceDayAgencies() {
        return List.of("สำนักงานประกันสังคมจังหวัดตรัง", "สำนักงานพัฒนาฝีมือแรงงานตรัง", "สำนักงานจัดหางานจังหวัดตรัง",
                "สำนักงานคลังจังหวัดตรัง", "สำนักงานเกษตรจังหวัดตรัง", "สำนักงานสาธารณสุขจังหวัดตรัง",
                "สำนักงานพัฒนาชุมชนจังหวัดตรัง");
    }

    private static List<String> serviceDayServices() {
        return List.of("ชักชวนเข้าประกันสังคมมาตรา 40", "ฝึกทักษะผู้สูงอายุ 20 คน", "ฝึกอาชีพโดยจัดหางาน 20 คน",
                "ให้ความรู้กองทุนการออมแห่งชาติ");
    }

    // 19-20. The One Goal summary: level 5 ---------------------------------------------------------------------

    public static final String RESULTS = "311,200 baht spent (Employment 35,000; Skill Development 200,000;"
            + " Provincial Labour Office 76,200); 1,692 informal workers served; monthly reports sent 10 times";

    public static SubmitOneGoalSummary submitSummary() {
        return new SubmitOneGoalSummary(DRIVE_ID, SUMMARY_SENT_ON, SUMMARY_LETTER, RESULTS, 1_692, false,
                recording(SUMMARY_SENT));
    }

    public static OneGoalSummarySubmitted summarySubmitted() {
        return new OneGoalSummarySubmitted(DRIVE_ID, id(SUMMARY_SENT), SUMMARY_LETTER, RESULTS, 1_692, SUMMARY_SENT_ON,
                false, recording(SUMMARY_SENT));
    }

    public static KpiLevelReached level5Reached() {
        return new KpiLevelReached(DRIVE_ID, id(LEVEL_5_REACHED), 5, SUMMARY_SENT_ON,
                List.of(new Evidence(id(SUMMARY_SENT), "OneGoalSummarySubmitted", SUMMARY_SENT_ON,
                        "letter " + SUMMARY_LETTER)),
                id(SUMMARY_SENT), false, recording(SUMMARY_SENT));
    }
}
