package th.go.mol.oneplan.drive;

import th.go.mol.oneplan.common.InvalidValue;
import th.go.mol.oneplan.common.Require;
import th.go.mol.oneplan.common.RuleViolation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The rules of choosing A1 agenda items: items 1 to 13, each chosen once in a drive, on a day of the year. */
public final class AgendaItemsRules {
    private AgendaItemsRules() {
    }

    /** The items asked for that no earlier selection chose; refuses a list of items all chosen already. */
    public static List<Integer> newItems(List<Integer> items, DriveHistory earlier) {
        Require.notEmpty(items, "items");
        for (Integer item : items) {
            if (item == null || item < 1 || item > AgendaItemsSelected.LAST_ITEM) {
                throw new InvalidValue("items", "a1-agenda-item",
                        "A1 agenda items are numbered 1 to " + AgendaItemsSelected.LAST_ITEM + ", got " + item);
            }
        }
        Set<Integer> alreadySelected = new HashSet<>();
        earlier.actsOf(AgendaItemsSelected.class).forEach(s -> alreadySelected.addAll(s.items()));
        List<Integer> fresh = items.stream().distinct().filter(i -> !alreadySelected.contains(i)).toList();
        if (fresh.isEmpty()) {
            throw new RuleViolation("agenda-item-already-selected",
                    "agenda items " + items + " are already selected for this drive");
        }
        return fresh;
    }

    public static void check(AgendaItemsSelected selected, RuleContext c) {
        newItems(selected.items(), c.earlier());
        c.date(selected.businessDate(), selected.lateRecord(), "meetingDate");
    }
}
