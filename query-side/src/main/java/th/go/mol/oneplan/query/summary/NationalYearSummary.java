package th.go.mol.oneplan.query.summary;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import th.go.mol.oneplan.query.basis.Basis;
import th.go.mol.oneplan.query.basis.Clocks;
import th.go.mol.oneplan.query.budget.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The national roll-up of a fiscal year's One Goal summaries (ภาพรวมระดับประเทศ): per province its KPI level and
 * when it was reached, money spent and people reached, and the totals. Made from the provinces' summaries only, so
 * it agrees with them to the satang.
 *
 * @param levels how many drives stand at each level, 0 to 5 (index = level)
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record NationalYearSummary(int fiscalYear, LocalDate fiscalYearFrom, LocalDate fiscalYearTo, int drives,
                                  List<Integer> levels, Money allocated, Money spent, long peopleReached,
                                  long registeredWorkersServed, int monthlyReports, List<Province> provinces,
                                  Basis basis) {

    /** One province's line: its level, the day it was reached, and its figures. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "NationalProvince")
    public record Province(String driveId, int provinceCode, String provinceNameTh, String provinceNameEn,
                           int currentLevel, LocalDate levelReachedOn, String summaryLetter, Money allocated,
                           Money spent, long peopleReached, long registeredWorkersServed, int monthlyReports,
                           int inspections, int flaggedFieldVisits, int corrections) {
    }

    public static NationalYearSummary of(int fiscalYear, LocalDate from, LocalDate to,
                                         List<OneGoalYearSummary> summaries, Clocks clocks) {
        List<Province> provinces = new ArrayList<>();
        int[] levels = new int[6];
        long allocated = 0;
        long spent = 0;
        long people = 0;
        long workers = 0;
        int reports = 0;
        Long position = null;
        Instant recordedAt = null;
        for (OneGoalYearSummary s : summaries.stream().sorted(Comparator.comparing(OneGoalYearSummary::driveId)).toList()) {
            int level = s.kpi().currentLevel();
            levels[level]++;
            LocalDate reachedOn = level == 0 ? null : s.kpi().levels().get(level - 1).reachedOn();
            allocated += s.budget().allocated().satang();
            spent += s.budget().spent().satang();
            people += s.people().peopleReached();
            workers += s.people().registeredWorkersServed();
            reports += s.reporting().monthlyReports();
            provinces.add(new Province(s.driveId(), s.provinceCode(), s.provinceNameTh(), s.provinceNameEn(), level,
                    reachedOn, s.reporting().oneGoalSummary() == null ? null
                    : s.reporting().oneGoalSummary().letterNumber(), s.budget().allocated(), s.budget().spent(),
                    s.people().peopleReached(), s.people().registeredWorkersServed(), s.reporting().monthlyReports(),
                    s.inspections().size(), (int) s.fieldVisits().stream().filter(OneGoalYearSummary.FieldVisit::flagged)
                    .count(), s.corrections().size()));
            Basis b = s.basis();
            if (b.position() != null && (position == null || b.position() > position)) {
                position = b.position();
                recordedAt = b.recordedAt();
            }
        }
        List<Integer> byLevel = new ArrayList<>();
        for (int n : levels) {
            byLevel.add(n);
        }
        return new NationalYearSummary(fiscalYear, from, to, provinces.size(), byLevel, Money.of(allocated),
                Money.of(spent), people, workers, reports, provinces, clocks.basis(position, recordedAt));
    }
}
