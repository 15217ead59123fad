package th.go.mol.oneplan.centre;

import th.go.mol.oneplan.common.BusinessCalendar;
import th.go.mol.oneplan.common.FiscalYear;
import th.go.mol.oneplan.common.InvalidValue;
import th.go.mol.oneplan.common.Require;
import th.go.mol.oneplan.common.RuleViolation;

import java.time.LocalDate;
import java.util.Set;

/**
 * The rules of following a centre (source l.2420-2446): follow-ups at any PDCA stage, as often as the core team's
 * calendar says, from the centre's establishment on; one evaluation per fiscal year, made once the year has begun
 * and at most a year after it ended (the report goes up to the province and the national committee).
 */
public final class FollowUpRules {
    /** The limits the HTTP API will state. */
    public static final int TEXT_MAX = 4000;

    private FollowUpRules() {
    }

    public static CentreFollowUpRecorded followUp(RecordCentreFollowUp command, TambonCentreEstablished centre) {
        Require.present(command.stage(), "stage");
        LocalDate on = BusinessCalendar.notInFuture(command.followedUpOn(), command.recording(), "followedUpOn");
        String findings = Require.text(command.findings(), "findings", TEXT_MAX);
        String nextSteps = Require.optionalText(command.nextSteps(), "nextSteps", TEXT_MAX);
        if (on.isBefore(centre.businessDate())) {
            throw new RuleViolation("follow-up-before-establishment", "a follow-up on " + on
                    + " cannot precede the centre, established on " + centre.businessDate());
        }
        return new CentreFollowUpRecorded(centre.centreId(), command.stage(), findings, nextSteps, on,
                command.recording());
    }

    /** @param evaluatedYears the fiscal years (BE) already evaluated */
    public static YearlyEvaluationRecorded evaluation(RecordYearlyEvaluation command, TambonCentreEstablished centre,
                                                      Set<Integer> evaluatedYears) {
        FiscalYear year = new FiscalYear(command.fiscalYear());
        String summary = Require.text(command.summary(), "summary", TEXT_MAX);
        String lessons = Require.text(command.lessonsLearned(), "lessonsLearned", TEXT_MAX);
        LocalDate on = BusinessCalendar.notInFuture(command.evaluatedOn(), command.recording(), "evaluatedOn");
        if (on.isBefore(year.firstDay()) || on.isAfter(year.lastDay().plusYears(1))) {
            throw new InvalidValue("evaluatedOn", "evaluated-near-fiscal-year", "FY " + year.beYear()
                    + " is evaluated from its first day (" + year.firstDay() + ") to a year after its last ("
                    + year.lastDay().plusYears(1) + "), not on " + on);
        }
        if (on.isBefore(centre.businessDate())) {
            throw new RuleViolation("evaluation-before-establishment", "an evaluation on " + on
                    + " cannot precede the centre, established on " + centre.businessDate());
        }
        if (evaluatedYears.contains(year.beYear())) {
            throw new RuleViolation("evaluation-already-recorded", "centre " + centre.centreId()
                    + " already has its evaluation of FY " + year.beYear());
        }
        return new YearlyEvaluationRecorded(centre.centreId(), year.beYear(), summary, lessons, on,
                command.recording());
    }
}
