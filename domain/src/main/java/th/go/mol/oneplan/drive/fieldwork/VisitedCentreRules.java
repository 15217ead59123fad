package th.go.mol.oneplan.drive.fieldwork;

import th.go.mol.oneplan.centre.CentreId;
import th.go.mol.oneplan.centre.CentreIds;
import th.go.mol.oneplan.common.InvalidValue;
import th.go.mol.oneplan.geography.Geography;
import th.go.mol.oneplan.geography.Subdistrict;
import th.go.mol.oneplan.geography.SubdistrictRules;

import java.util.Optional;

/**
 * The tambon centre (ศูนย์ประสานงานแรงงานนอกระบบระดับตำบล) a field visit went to. The venue may lie in another
 * tambon (the Trang source's visit of 2019-03-28 went to the Kantang pilot centre, at a venue in Bang Mak), so the
 * visit names both; the centre itself must belong to the drive's province. The centre's tambon is the one its
 * HTTP id names ({@link CentreIds}). Whether the centre was established is a question about another aggregate;
 * the command side asks the event store before sending (409 {@code unknown-centre}).
 */
public final class VisitedCentreRules {
    private VisitedCentreRules() {
    }

    /**
     * The centre id, or null when none is named (blank counts as none). 400 {@code centre-id-format} naming
     * {@code field} when it is not {@code centre-<6-digit subdistrict>[-...]}, 400 {@code thai-subdistrict} when
     * that code is not a real subdistrict, 400 {@code centre-in-province} when the centre's subdistrict lies
     * outside the drive's province.
     */
    public static String centre(String centreId, int provinceCode, Geography geography, String field) {
        if (centreId == null || centreId.isBlank()) {
            return null;
        }
        String id = centreId.strip();
        Optional<Integer> subdistrictCode = CentreIds.subdistrictOf(id);
        if (subdistrictCode.isEmpty()) {
            throw new InvalidValue(field, "centre-id-format", field + " is " + CentreId.PREFIX + ", the centre's"
                    + " 6-digit subdistrict code and optionally '-' and letters, digits, '.', '-' or '_' (at most "
                    + CentreId.MAX_LENGTH + " characters in all), like centre-920201-2562");
        }
        Subdistrict subdistrict = SubdistrictRules.real(subdistrictCode.get(), field, geography);
        if (subdistrict.provinceCode() != provinceCode) {
            throw new InvalidValue(field, "centre-in-province", "centre " + id + " is in subdistrict "
                    + subdistrict.code() + " (" + subdistrict.nameTh() + "), not in the drive's province " + provinceCode);
        }
        return id;
    }
}
