package th.go.mol.oneplan.centre;

import th.go.mol.oneplan.common.BusinessCalendar;
import th.go.mol.oneplan.common.FiscalYear;
import th.go.mol.oneplan.common.InvalidValue;
import th.go.mol.oneplan.common.Require;
import th.go.mol.oneplan.common.RuleViolation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of a centre's quality-of-life plan and its funding (source l.2406-2409, 3.4): the committee writes the
 * plan, so there is none before it is appointed; each item asks one funder for an amount; each item is then
 * granted (at most what was asked) or refused, once, unless the decision is corrected with a reason.
 */
public final class QualityOfLifePlanRules {
    /** The limits the HTTP API will state. */
    public static final int ITEMS_MAX = 50;
    public static final int DESCRIPTION_MAX = 2000;
    public static final int NAME_MAX = 200;
    public static final int REASON_MAX = 2000;
    /** At most the length of an id the ledger gives ({@code plan-} and a number), with room to spare. */
    public static final int PLAN_ID_MAX = 100;
    /**
     * 10 million baht: a tambon centre's item is a training, a savings drive or a health check, funded in thousands
     * to a few hundred thousand baht; an amount above this is a typing error (satang typed as baht), not a plan.
     */
    public static final long ITEM_MAX_SATANG = 1_000_000_000L;
    /** The same limit in baht, as the HTTP API states it (a string: what bean validation's DecimalMax takes). */
    public static final String ITEM_MAX_BAHT = "10000000.00";
    public static final String PLAN_ID_PREFIX = "plan-";

    private QualityOfLifePlanRules() {
    }

    /**
     * The plan the command submits, numbered after the centre's earlier plans.
     *
     * @param committeeAppointedOn the day the committee was appointed, or null when there is none
     * @param plansSoFar           how many plans the centre submitted before
     */
    public static QualityOfLifePlanSubmitted submission(SubmitQualityOfLifePlan command, String centreId,
                                                        LocalDate committeeAppointedOn, int plansSoFar) {
        FiscalYear year = new FiscalYear(command.fiscalYear());
        List<PlanItem> items = validItems(command.items());
        LocalDate submittedOn = BusinessCalendar.notInFuture(command.submittedOn(), command.recording(),
                "submittedOn");
        // A plan asks for next year's money (the budget request) or for the year under way.
        if (submittedOn.isBefore(year.firstDay().minusYears(1)) || submittedOn.isAfter(year.lastDay())) {
            throw new InvalidValue("submittedOn", "submitted-near-fiscal-year", "a plan for FY " + year.beYear()
                    + " is submitted from a year before it (" + year.firstDay().minusYears(1) + ") to its last day ("
                    + year.lastDay() + "), not on " + submittedOn);
        }
        if (committeeAppointedOn == null) {
            throw new RuleViolation("plan-needs-committee", "centre " + centreId + " has no committee yet; its"
                    + " committee writes the quality-of-life plan, so appoint it first");
        }
        if (submittedOn.isBefore(committeeAppointedOn)) {
            throw new RuleViolation("plan-before-committee", "a plan submitted on " + submittedOn
                    + " cannot precede the committee that wrote it, appointed on " + committeeAppointedOn);
        }
        return new QualityOfLifePlanSubmitted(centreId, PLAN_ID_PREFIX + (plansSoFar + 1), year.beYear(), items,
                submittedOn, command.recording());
    }

    /**
     * The funding decisions the command records.
     *
     * @param plans   the centre's plans by id
     * @param decided the numbers of the items already decided, by plan id
     */
    public static PlanFundingRecorded funding(RecordPlanFunding command, String centreId,
                                              Map<String, QualityOfLifePlanSubmitted> plans,
                                              Map<String, Set<Integer>> decided) {
        String planId = Require.text(command.planId(), "planId", PLAN_ID_MAX);
        List<FundingDecision> decisions = Require.notEmpty(command.decisions(), "decisions");
        if (decisions.size() > ITEMS_MAX) {
            throw new InvalidValue("decisions", "size", "decisions lists at most " + ITEMS_MAX + " items");
        }
        LocalDate decidedOn = BusinessCalendar.notInFuture(command.decidedOn(), command.recording(), "decidedOn");
        String correctionReason = Require.optionalText(command.correctionReason(), "correctionReason", REASON_MAX);
        List<FundingDecision> valid = validDecisions(decisions);
        QualityOfLifePlanSubmitted plan = plans.get(planId);
        if (plan == null) {
            throw new RuleViolation("unknown-plan", "centre " + centreId + " has no plan " + planId);
        }
        if (decidedOn.isBefore(plan.businessDate())) {
            throw new RuleViolation("decision-before-submission", "a decision of " + decidedOn + " cannot precede "
                    + planId + ", submitted on " + plan.businessDate());
        }
        Set<Integer> decidedBefore = decided.getOrDefault(planId, Set.of());
        boolean correcting = false;
        for (FundingDecision d : valid) {
            if (d.itemNumber() > plan.items().size()) {
                throw new RuleViolation("unknown-plan-item", planId + " has " + plan.items().size()
                        + " items, not an item " + d.itemNumber());
            }
            PlanItem item = plan.items().get(d.itemNumber() - 1);
            if (d.outcome() == FundingOutcome.GRANTED && d.grantedSatang() > item.requestedSatang()) {
                throw new RuleViolation("granted-within-requested", "item " + d.itemNumber() + " of " + planId
                        + " asked for " + item.requestedSatang() + " satang; " + d.grantedSatang()
                        + " satang cannot be granted");
            }
            if (decidedBefore.contains(d.itemNumber())) {
                if (correctionReason == null) {
                    throw new RuleViolation("item-already-decided", "item " + d.itemNumber() + " of " + planId
                            + " is already decided; to change the decision, give a correctionReason");
                }
                correcting = true;
            }
        }
        if (correctionReason != null && !correcting) {
            throw new RuleViolation("nothing-to-correct", "none of these items of " + planId + " was decided"
                    + " before; record a first decision without a correctionReason");
        }
        return new PlanFundingRecorded(centreId, planId, valid, correctionReason, decidedOn, command.recording());
    }

    private static List<PlanItem> validItems(List<PlanItem> items) {
        Require.notEmpty(items, "items");
        if (items.size() > ITEMS_MAX) {
            throw new InvalidValue("items", "size", "items lists at most " + ITEMS_MAX + " items");
        }
        List<PlanItem> valid = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String at = "items[" + i + "]";
            PlanItem item = Require.present(items.get(i), at);
            Require.present(item.category(), at + ".category");
            String description = Require.text(item.description(), at + ".description", DESCRIPTION_MAX);
            Require.between(item.requestedSatang(), at + ".requestedSatang", 1, ITEM_MAX_SATANG);
            Require.present(item.source(), at + ".source");
            String otherName = Require.optionalText(item.otherSourceName(), at + ".otherSourceName", NAME_MAX);
            if (item.source() == FundingSource.OTHER && otherName == null) {
                throw new InvalidValue(at + ".otherSourceName", "required", "an item asking an OTHER funder names it"
                        + " in otherSourceName");
            }
            if (item.source() != FundingSource.OTHER && otherName != null) {
                throw new InvalidValue(at + ".otherSourceName", "only-for-other", "otherSourceName names an OTHER"
                        + " funder; " + item.source() + " needs no name");
            }
            valid.add(new PlanItem(item.category(), description, item.requestedSatang(), item.source(), otherName));
        }
        return valid;
    }

    private static List<FundingDecision> validDecisions(List<FundingDecision> decisions) {
        List<FundingDecision> valid = new ArrayList<>();
        Set<Integer> numbers = new HashSet<>();
        for (int i = 0; i < decisions.size(); i++) {
            String at = "decisions[" + i + "]";
            FundingDecision d = Require.present(decisions.get(i), at);
            Require.between(d.itemNumber(), at + ".itemNumber", 1, ITEMS_MAX);
            if (!numbers.add(d.itemNumber())) {
                throw new InvalidValue(at + ".itemNumber", "unique-item", "item " + d.itemNumber()
                        + " is decided twice in one record");
            }
            Require.present(d.outcome(), at + ".outcome");
            String reason;
            if (d.outcome() == FundingOutcome.GRANTED) {
                Require.between(d.grantedSatang(), at + ".grantedSatang", 1, ITEM_MAX_SATANG);
                reason = Require.optionalText(d.reason(), at + ".reason", REASON_MAX);
            } else {
                if (d.grantedSatang() != 0) {
                    throw new InvalidValue(at + ".grantedSatang", "refused-grants-nothing", "a refused item is"
                            + " granted nothing; grantedSatang is 0");
                }
                reason = Require.text(d.reason(), at + ".reason", REASON_MAX);
            }
            valid.add(new FundingDecision(d.itemNumber(), d.outcome(), d.grantedSatang(), reason));
        }
        return valid;
    }
}
