package th.go.mol.oneplan.app.security.users;

import th.go.mol.oneplan.app.security.Role;
import th.go.mol.oneplan.app.web.FieldError;
import th.go.mol.oneplan.geography.Geography;
import th.go.mol.oneplan.geography.Subdistrict;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The scope a role needs, checked against the official geography: a PROVINCIAL_OFFICER has a province,
 * CENTRE_STAFF a subdistrict (and so its province), and an INSPECTOR or MINISTRY_ADMIN neither, since they see
 * every province. A code that does not fit the role is refused rather than kept, so a user's scope never says
 * more than the rules use.
 *
 * @param provinceCode    the province the user is scoped to (CENTRE_STAFF: the subdistrict's)
 * @param subdistrictCode the subdistrict of CENTRE_STAFF
 */
record UserScope(Integer provinceCode, Integer subdistrictCode) {

    /** The scope for the role, or the fields that are wrong, added to {@code errors}. */
    static Optional<UserScope> of(Role role, Integer provinceCode, Integer subdistrictCode, Geography geography,
                                  List<FieldError> errors) {
        List<FieldError> found = new ArrayList<>();
        Integer province = provinceCode;
        switch (role) {
            case PROVINCIAL_OFFICER -> {
                if (provinceCode == null) {
                    found.add(new FieldError("provinceCode", "required",
                            "provinceCode is required for a PROVINCIAL_OFFICER: the province they record for"));
                } else if (geography.province(provinceCode).isEmpty()) {
                    found.add(new FieldError("provinceCode", "province-code",
                            provinceCode + " is not the code of a province"));
                }
                if (subdistrictCode != null) {
                    found.add(new FieldError("subdistrictCode", "not-for-role",
                            "a PROVINCIAL_OFFICER is scoped to a province, not a subdistrict"));
                }
            }
            case CENTRE_STAFF -> {
                Optional<Subdistrict> subdistrict = subdistrictCode == null ? Optional.empty()
                        : geography.subdistrict(subdistrictCode);
                if (subdistrictCode == null) {
                    found.add(new FieldError("subdistrictCode", "required",
                            "subdistrictCode is required for CENTRE_STAFF: the tambon of their centre"));
                } else if (subdistrict.isEmpty()) {
                    found.add(new FieldError("subdistrictCode", "subdistrict-code",
                            subdistrictCode + " is not the code of a subdistrict"));
                } else if (provinceCode != null && provinceCode != subdistrict.get().provinceCode()) {
                    found.add(new FieldError("provinceCode", "subdistrict-province", "subdistrict " + subdistrictCode
                            + " lies in province " + subdistrict.get().provinceCode() + ", not " + provinceCode));
                } else {
                    province = subdistrict.get().provinceCode();
                }
            }
            case INSPECTOR, MINISTRY_ADMIN -> {
                if (provinceCode != null) {
                    found.add(new FieldError("provinceCode", "not-for-role",
                            "an " + role + " sees every province and has no provinceCode"));
                }
                if (subdistrictCode != null) {
                    found.add(new FieldError("subdistrictCode", "not-for-role",
                            "an " + role + " sees every province and has no subdistrictCode"));
                }
            }
        }
        errors.addAll(found);
        return found.isEmpty() ? Optional.of(new UserScope(province, subdistrictCode)) : Optional.empty();
    }
}
