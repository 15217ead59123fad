package th.go.mol.oneplan.register;

/**
 * A worker's address as a command gives it: house number (บ้านเลขที่, e.g. {@code 12/3}), village number (หมู่ที่;
 * none in a municipal area without villages) and the official 6-digit subdistrict code. The house and village
 * numbers are personal data and go into {@link PersonalData}; the subdistrict does not, so that statistics per
 * tambon survive erasure.
 */
public record Address(String houseNumber, Integer villageNumber, int subdistrictCode) {
    /** The subdistrict only: the house and village numbers are personal data. */
    @Override
    public String toString() {
        return "Address[houseNumber and villageNumber withheld, subdistrictCode=" + subdistrictCode + "]";
    }
}
