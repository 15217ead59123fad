package th.go.mol.oneplan.drive.plan;

import th.go.mol.oneplan.common.InvalidValue;
import th.go.mol.oneplan.common.Require;
import th.go.mol.oneplan.geography.Geography;
import th.go.mol.oneplan.geography.Subdistrict;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks a plan version's projects: unique codes, a named owner, pilot sites inside the province. */
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
            String partner = p.partnerAgency() == null || p.partnerAgency().isBlank() ? null : p.partnerAgency().strip();
            if (p.owningAgency() == Agency.PARTNER && partner == null) {
                throw new InvalidValue(at + ".partnerAgency", "required", "name the partner agency that owns project " + code);
            }
            Require.present(p.budgetSource(), at + ".budgetSource");
            Require.notNegative(p.budgetSatang(), at + ".budget");
            Require.notNegative(p.targetHeadcount(), at + ".targetHeadcount");
            for (int site : p.pilotSites()) {
                siteInProvince(site, provinceCode, geography, at + ".pilotSites");
            }
            valid.add(new PlanProject(code, Require.text(p.name(), at + ".name"), p.owningAgency(), partner,
                    Require.text(p.targetGroup(), at + ".targetGroup"), p.targetHeadcount(),
                    List.copyOf(new java.util.LinkedHashSet<>(p.pilotSites())), p.budgetSatang(), p.budgetSource()));
        }
        return valid;
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
