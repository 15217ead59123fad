package th.go.mol.oneplan.drive.fieldwork;

import th.go.mol.oneplan.drive.plan.AllocationRef;
import th.go.mol.oneplan.drive.RecordedAct;

import java.util.List;

/**
 * An act that carries out the approved One Plan under one of its projects: a field visit or an activity
 * (a training batch, a service day). The first on or after KPI level 2 reaches level 3; each may spend from
 * its project's allocation and reaches people.
 */
public interface PlanWork extends RecordedAct {
    String planProjectCode();

    /** Spent from the project's allocation, in whole satang (0 when nothing was spent). */
    long amountSpentSatang();

    /**
     * The allocation of the project the amount was spent from, in full; {@code null} when nothing was spent, and
     * on spending recorded before projects had several allocations (it spent from the project's only one).
     */
    AllocationRef fundedBy();

    /** People reached or trained. */
    int peopleServed();

    /**
     * The registered workers it served, by their register ids, each once (empty when it names none). A worker is
     * counted once per drive, however many visits, activities and services reached them.
     */
    List<String> workerIds();
}
