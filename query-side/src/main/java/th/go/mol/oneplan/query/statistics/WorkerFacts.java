package th.go.mol.oneplan.query.statistics;

import th.go.mol.oneplan.register.AgeBand;
import th.go.mol.oneplan.register.Education;
import th.go.mol.oneplan.register.Need;
import th.go.mol.oneplan.register.OccupationGroup;
import th.go.mol.oneplan.register.Problem;
import th.go.mol.oneplan.register.Sex;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What statistics remember of one worker (a row of {@code register_stats_worker}), enough to take the worker's
 * counts out of an area and put them into another. No personal data: where the worker lives is the subdistrict
 * only. Needs and problems are bit sets, bit n for the enum's n-th value.
 */
record WorkerFacts(int subdistrictCode, OccupationGroup occupation, Education education, Sex sex, AgeBand ageBand,
                   int needs, int problems, boolean served) {

    /** The breakdowns the worker counts in: dimension and value, e.g. OCCUPATION/FISHERY, NEED/SAVINGS. */
    List<String[]> breakdowns() {
        List<String[]> result = new ArrayList<>();
        result.add(new String[]{Dimension.OCCUPATION, occupation.name()});
        result.add(new String[]{Dimension.EDUCATION, education.name()});
        result.add(new String[]{Dimension.SEX, sex.name()});
        result.add(new String[]{Dimension.AGE_BAND, ageBand.name()});
        for (Need need : Need.values()) {
            if ((needs & bit(need)) != 0) {
                result.add(new String[]{Dimension.NEED, need.name()});
            }
        }
        for (Problem problem : Problem.values()) {
            if ((problems & bit(problem)) != 0) {
                result.add(new String[]{Dimension.PROBLEM, problem.name()});
            }
        }
        return result;
    }

    WorkerFacts movedTo(int subdistrict) {
        return new WorkerFacts(subdistrict, occupation, education, sex, ageBand, needs, problems, served);
    }

    WorkerFacts servedOnce() {
        return new WorkerFacts(subdistrictCode, occupation, education, sex, ageBand, needs, problems, true);
    }

    /** The profile after an update: a null field did not change. */
    WorkerFacts updated(OccupationGroup newOccupation, Education newEducation, Collection<Problem> newProblems,
                        Collection<Need> newNeeds) {
        return new WorkerFacts(subdistrictCode, newOccupation == null ? occupation : newOccupation,
                newEducation == null ? education : newEducation, sex, ageBand,
                newNeeds == null ? needs : bits(newNeeds), newProblems == null ? problems : bits(newProblems), served);
    }

    static int bits(Collection<? extends Enum<?>> values) {
        int set = 0;
        if (values != null) {
            for (Enum<?> value : values) {
                set |= bit(value);
            }
        }
        return set;
    }

    private static int bit(Enum<?> value) {
        return 1 << value.ordinal();
    }
}
