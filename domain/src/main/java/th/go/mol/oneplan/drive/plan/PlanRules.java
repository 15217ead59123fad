package th.go.mol.oneplan.drive.plan;

import th.go.mol.oneplan.common.InvalidValue;
import th.go.mol.oneplan.common.Require;
import th.go.mol.oneplan.geography.Geography;
import th.go.mol.oneplan.geography.Subdistrict;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a plan version's projects: unique codes, a named owner, pilot sites inside the province, and
 * allocations that each name their source and owner.
 */
public final class PlanRules {
    private PlanRules() {
    }

    public static List<PlanProject> validProjects(List<PlanProject> projects, int provinceCode, Geography geography) {
        Require.notEmpty(projects, "projects");
        Set<String> codes = new HashSet<>();
        List<PlanProject> valid = new ArrayList<>();
        for (int i = 0; i < projects.size(); i++) {
            String at = "projects[" + i + "]";
            PlanProject p = Require.present(projects.get(i), at);
            String code = Require.text(p.projectCode(), at + ".projectCode");
            if (!codes.add(code)) {
                throw new InvalidValue(at + ".projectCode", "unique-project-code", "project code " + code + " is used twice");
            }
            Require.present(p.owningAgency(), at + ".owningAgency");
            String partner = partnerName(p.partnerAgency());
            if (p.owningAgency() == Agency.PARTNER && partner == null) {
                throw new InvalidValue(at + ".partnerAgency", "required", "name the partner agency that owns project " + code);
            }
            Require.notNegative(p.targetHeadcount(), at + ".targetHeadcount");
            for (int site : p.pilotSites()) {
                siteInProvince(site, provinceCode, geography, at + ".pilotSites");
            }
            valid.add(new PlanProject(code, Require.text(p.name(), at + ".name"), p.owningAgency(), partner,
                    Require.text(p.targetGroup(), at + ".targetGroup"), p.targetHeadcount(),
                    List.copyOf(new LinkedHashSet<>(p.pilotSites())), validAllocations(p.allocations(), code, at)));
        }
        return valid;
    }

    /** Each allocation names its source and owner (a partner by name); one allocation per source and owner. */
    private static List<Allocation> validAllocations(List<Allocation> allocations, String projectCode, String at) {
        Set<AllocationRef> seen = new HashSet<>();
        List<Allocation> valid = new ArrayList<>();
        for (int i = 0; i < allocations.size(); i++) {
            String field = at + ".allocations[" + i + "]";
            Allocation a = Require.present(allocations.get(i), field);
            Require.present(a.budgetSource(), field + ".budgetSource");
            Require.present(a.agency(), field + ".agency");
            Require.notNegative(a.amountSatang(), field + ".amount");
            String partner = partnerName(a.partnerAgency());
            if (a.agency() == Agency.PARTNER && partner == null) {
                throw new InvalidValue(field + ".partnerAgency", "required",
                        "name the partner agency that owns this allocation of project " + projectCode);
            }
            if (a.agency() != Agency.PARTNER) {
                partner = null;
            }
            Allocation allocation = new Allocation(a.budgetSource(), a.agency(), partner, a.amountSatang());
            if (!seen.add(allocation.ref())) {
                throw new InvalidValue(field, "unique-allocation", "project " + projectCode + " has two allocations"
                        + " from " + allocation.ref() + "; state one amount per budget source and owner");
            }
            valid.add(allocation);
        }
        return valid;
    }

    private static String partnerName(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public static Subdistrict siteInProvince(int code, int provinceCode, Geography geography, String field) {
        Subdistrict site = geography.subdistrict(code).orElseThrow(() -> new InvalidValue(field, "thai-subdistrict",
                code + " is not the code of a Thai subdistrict (tambon)"));
        if (site.provinceCode() != provinceCode) {
            throw new InvalidValue(field, "subdistrict-in-province", "subdistrict " + code + " (" + site.nameTh()
                    + ") is not in province " + provinceCode);
        }
        return site;
    }
}
