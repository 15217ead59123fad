package th.go.mol.oneplan.app.pages;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import th.go.mol.oneplan.app.summary.SummaryDocuments;
import th.go.mol.oneplan.common.NotFound;
import th.go.mol.oneplan.drive.DriveId;
import th.go.mol.oneplan.query.QueryParameters;
import th.go.mol.oneplan.query.audit.AuditEntry;
import th.go.mol.oneplan.query.basis.Clocks;
import th.go.mol.oneplan.query.summary.OneGoalSummaries;
import th.go.mol.oneplan.query.summary.OneGoalYearSummary;

import java.util.List;

/**
 * A drive's page (หน้าการขับเคลื่อนของจังหวัด), {@code /drives/92-2562}: the six steps with the KPI levels on them and
 * each level's evidence, the plan's versions, the budget as charts, the reporting calendar, inspections, and the
 * audit trail; all of it at the clocks {@code asOf} and {@code recordedAsOf} when given. Its printable One Goal
 * summary is {@code /drives/92-2562/one-goal-summary.pdf}.
 */
@Controller
@WithPages
public class DrivePage {
    private final DriveDossier dossiers;
    private final OneGoalSummaries summaries;
    private final SummaryDocuments documents;
    private final PageText text;

    public DrivePage(DriveDossier dossiers, OneGoalSummaries summaries, SummaryDocuments documents, PageText text) {
        this.dossiers = dossiers;
        this.text = text;
        this.summaries = summaries;
        this.documents = documents;
    }

    @GetMapping("/drives/{driveId}")
    public String drive(@PathVariable String driveId,
                        @RequestParam(required = false) String asOf,
                        @RequestParam(required = false) String recordedAsOf,
                        @RequestParam(required = false) String auditType,
                        @RequestParam(required = false) String auditFrom,
                        @RequestParam(required = false) String auditTo,
                        @RequestParam(required = false) String auditPage, Model model) {
        Clocks clocks = QueryParameters.clocks(blankToNull(asOf), blankToNull(recordedAsOf));
        AuditFilter filter = AuditFilter.of(auditType, auditFrom, auditTo, auditPage);
        DriveDossier.Dossier dossier = dossiers.of(driveId, clocks);
        List<AuditEntry> matching = filter.matching(dossier.audit());

        model.addAttribute("d", dossier.detail());
        model.addAttribute("kpi", dossier.kpi());
        model.addAttribute("budget", dossier.budget());
        model.addAttribute("calendar", dossier.calendar());
        model.addAttribute("calendarMissing", dossier.calendarMissingBecause());
        model.addAttribute("steps", dossier.steps());
        model.addAttribute("plans", PlanComparison.of(dossier.detail().plan().versions()));
        model.addAttribute("recorded", dossier.auditByEvent());
        model.addAttribute("clocks", clocks);
        model.addAttribute("asOf", clocks.asOf() == null ? "" : clocks.asOf().toString());
        model.addAttribute("recordedAsOf", clocks.recordedAsOf() == null ? "" : clocks.recordedAsOf().toString());
        model.addAttribute("filter", filter);
        model.addAttribute("auditTypes", AuditFilter.typesOf(dossier.audit()));
        model.addAttribute("auditMatching", matching.size());
        model.addAttribute("auditPageEntries", filter.page(matching));
        model.addAttribute("auditPages", filter.pages(matching.size()));
        if (dossier.budget() != null) {
            model.addAttribute("byAgency", BarChart.of("by agency", dossier.budget().agencies().stream()
                    .map(a -> new BarChart.Amounts(text.agency(a.agency(), a.partnerAgency()),
                            a.figures().allocated(), a.figures().spent())).toList()));
            model.addAttribute("bySource", BarChart.of("by source", dossier.budget().sources().stream()
                    .map(s -> new BarChart.Amounts(text.source(s.budgetSource()), s.figures().allocated(),
                            s.figures().spent())).toList()));
            model.addAttribute("byMonth", BarChart.of("by month", dossier.budget().spendingByMonth().stream()
                    .map(m -> new BarChart.Amounts(text.month(m.month()), null, m.spent())).toList()));
        }
        return "pages/drive";
    }

    /** The printable One Goal summary, as the API's {@code /api/drives/{driveId}/one-goal-summary} gives it as PDF. */
    @GetMapping("/drives/{driveId}/one-goal-summary.pdf")
    public ResponseEntity<byte[]> summary(@PathVariable String driveId,
                                          @RequestParam(required = false) String asOf,
                                          @RequestParam(required = false) String recordedAsOf) {
        DriveId id = DriveId.parse(driveId);
        Clocks clocks = QueryParameters.clocks(blankToNull(asOf), blankToNull(recordedAsOf));
        OneGoalYearSummary summary = summaries.of(id, clocks)
                .orElseThrow(() -> new NotFound("drive", "there is no drive " + id));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"one-goal-summary-" + id + ".pdf\"")
                .body(documents.pdf(documents.html(summary)));
    }

    /** An empty field of the page's form means "not asked", as leaving the parameter out does. */
    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
