package th.go.mol.oneplan.register;

import java.time.LocalDate;

/**
 * Everything in the register that identifies a worker (personal data under the PDPA), in one record: the national
 * id, first and last name, date of birth, phone, and the house and village numbers of the address.
 *
 * <p>Events carry this record as a single field, always whole (the person's data as it reads after the event), and
 * keep everything else outside it: the subdistrict, district and province codes, title and the sex it implies,
 * the age band, occupation, education, problems, needs, lawful basis, centre and dates. That split is what
 * crypto-shredding needs: the storage layer can encrypt exactly this record with the person's own data key and
 * make it unreadable everywhere by destroying that key, while every statistic, which only reads fields outside
 * it, stays exactly the same. A field added here is personal; a field added to an event beside it is not, and
 * must not be able to single a person out. Nothing outside the register's events may copy these fields.
 *
 * <p>{@link #toString()} prints none of it, so that a log line, an exception or a test failure cannot leak it.
 *
 * @param nationalId    the Thai national id
 * @param firstName     first name, in Thai script
 * @param lastName      last name, in Thai script
 * @param dateOfBirth   date of birth (a BE date converted upstream)
 * @param phone         a Thai mobile or landline number as digits starting with 0, e.g. {@code 0812345678}; null
 *                      when the worker has none
 * @param houseNumber   house number, e.g. {@code 12/3}
 * @param villageNumber village number (หมู่ที่), null in a municipal area without villages
 */
public record PersonalData(NationalId nationalId, String firstName, String lastName, LocalDate dateOfBirth,
                           String phone, String houseNumber, Integer villageNumber) {

    /**
     * What a worker's personal data reads as once erased: every field null. The storage layer gives it back for
     * any event whose personal data it can no longer decrypt, because the worker's key was destroyed.
     */
    public static final PersonalData ERASED = new PersonalData(null, null, null, null, null, null, null);

    /** True once the data is erased (a registration always has a national id, so none means erased). */
    public boolean isErased() {
        return nationalId == null;
    }

    PersonalData withPhone(String newPhone) {
        return new PersonalData(nationalId, firstName, lastName, dateOfBirth, newPhone, houseNumber, villageNumber);
    }

    PersonalData withHome(String newHouseNumber, Integer newVillageNumber) {
        return new PersonalData(nationalId, firstName, lastName, dateOfBirth, phone, newHouseNumber, newVillageNumber);
    }

    @Override
    public String toString() {
        return isErased() ? "PersonalData[erased]" : "PersonalData[withheld]";
    }
}
