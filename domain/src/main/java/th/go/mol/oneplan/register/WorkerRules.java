package th.go.mol.oneplan.register;

import th.go.mol.oneplan.centre.CentreId;
import th.go.mol.oneplan.common.BusinessCalendar;
import th.go.mol.oneplan.common.InvalidValue;
import th.go.mol.oneplan.common.Require;
import th.go.mol.oneplan.common.RuleViolation;
import th.go.mol.oneplan.common.ThaiDates;
import th.go.mol.oneplan.geography.Geography;
import th.go.mol.oneplan.geography.Subdistrict;
import th.go.mol.oneplan.geography.SubdistrictRules;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules of a worker's registration, profile and moves: every survey field present and well formed, a Thai
 * name in Thai script, an age of 15 to 100 on the registration day, a real subdistrict, a lawful basis (consent
 * with its date and purpose, or the public task), no date later than the day it is recorded, and no move before
 * the address it replaces. Values wrong on their own are 400s naming the field; a date that contradicts the
 * worker's record is a 409.
 */
public final class WorkerRules {
    /** The limits the HTTP API will state. */
    public static final int NAME_MAX = 100;
    public static final int HOUSE_NUMBER_MAX = 20;
    public static final int VILLAGE_NUMBER_MAX = 99;
    public static final int PURPOSE_MAX = 500;
    /** An erasure request's reference (a letter or form number). */
    public static final int REFERENCE_MAX = 100;
    /**
     * The youngest a registered worker can be: 15, the minimum age of employment under the Labour Protection Act
     * and the lower bound of the National Statistical Office's employed population.
     */
    public static final int MIN_AGE = 15;
    /** The oldest age taken as plausible: an older date of birth is almost surely a mistyped year. */
    public static final int MAX_AGE = 100;

    /** Thai script (consonants, vowels, tone marks), single spaces between words. */
    private static final Pattern THAI_NAME = Pattern.compile("[\\u0E01-\\u0E4E]+( [\\u0E01-\\u0E4E]+)*");
    /** A mobile number (06, 08, 09 and 8 digits) or a landline (02 to 05 or 07 and 7 digits). */
    private static final Pattern THAI_PHONE = Pattern.compile("0[689]\\d{8}|0[2-57]\\d{7}");
    // Compiled once rather than by String.replaceAll on every name and phone of every registration.
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern PHONE_PUNCTUATION = Pattern.compile("[\\s().-]");

    private WorkerRules() {
    }

    /** The registration the command asks for, with the personal fields gathered into {@link PersonalData}. */
    public static WorkerRegistered registration(RegisterWorker command, Geography geography) {
        String workerId = WorkerId.valid(command.workerId(), "workerId");
        NationalId nationalId = Require.present(command.nationalId(), "nationalId");
        Title title = Require.present(command.title(), "title");
        String firstName = thaiName(command.firstName(), "firstName");
        String lastName = thaiName(command.lastName(), "lastName");
        LocalDate registeredOn = BusinessCalendar.notInFuture(command.registeredOn(), command.recording(),
                "registeredOn");
        LocalDate dateOfBirth = Require.present(command.dateOfBirth(), "dateOfBirth");
        int age = age(dateOfBirth, registeredOn);
        Address address = Require.present(command.address(), "address");
        String houseNumber = houseNumber(address);
        Integer villageNumber = villageNumber(address);
        Subdistrict subdistrict = SubdistrictRules.real(address.subdistrictCode(), "address.subdistrictCode",
                geography);
        OccupationGroup occupation = Require.present(command.occupation(), "occupation");
        Education education = Require.present(command.education(), "education");
        String phone = command.phone() == null || command.phone().isBlank() ? null : phone(command.phone(), "phone");
        List<Problem> problems = distinct(command.problems(), "problems");
        List<Need> needs = distinct(command.needs(), "needs");
        LawfulBasis lawfulBasis = lawfulBasis(command.lawfulBasis(), registeredOn);
        String centreId = CentreId.valid(command.centreId(), "centreId");
        PersonalData personal = new PersonalData(nationalId, firstName, lastName, dateOfBirth, phone, houseNumber,
                villageNumber);
        return new WorkerRegistered(workerId, personal, title, title.sex(), AgeBand.of(age), subdistrict.code(),
                subdistrict.districtCode(), subdistrict.provinceCode(), occupation, education, problems, needs,
                lawfulBasis, centreId, registeredOn, command.recording());
    }

    /** The update the command asks for: the fields sent, at least one; a new phone in the whole personal record. */
    public static WorkerProfileUpdated profileUpdate(UpdateWorkerProfile command, PersonalData personal) {
        notErased(personal);
        if (command.occupation() == null && command.education() == null && command.phone() == null
                && command.problems() == null && command.needs() == null) {
            throw new InvalidValue("profile", "nothing-to-update", "send at least one of occupation, education,"
                    + " phone, problems or needs");
        }
        PersonalData withNewPhone = command.phone() == null ? null
                : personal.withPhone(phone(command.phone(), "phone"));
        return new WorkerProfileUpdated(command.workerId(), command.occupation(), command.education(),
                command.problems() == null ? null : distinct(command.problems(), "problems"),
                command.needs() == null ? null : distinct(command.needs(), "needs"), withNewPhone,
                command.recording());
    }

    /** The move the command asks for, to a real subdistrict, not before the worker's current address began. */
    public static WorkerMoved move(MoveWorker command, WorkerRecord current, Geography geography) {
        notErased(current.personalData());
        Address address = Require.present(command.address(), "address");
        String houseNumber = houseNumber(address);
        Integer villageNumber = villageNumber(address);
        Subdistrict subdistrict = SubdistrictRules.real(address.subdistrictCode(), "address.subdistrictCode",
                geography);
        String centreId = CentreId.valid(command.centreId(), "centreId");
        LocalDate movedOn = BusinessCalendar.notInFuture(command.movedOn(), command.recording(), "movedOn");
        if (movedOn.isBefore(current.addressSince())) {
            throw new RuleViolation("move-before-current-address", "a move on " + movedOn + " cannot precede the"
                    + " worker's current address, recorded from " + current.addressSince());
        }
        return new WorkerMoved(command.workerId(), current.personalData().withHome(houseNumber, villageNumber),
                subdistrict.code(), subdistrict.districtCode(), subdistrict.provinceCode(), centreId,
                current.subdistrictCode(), current.centreId(), movedOn, command.recording());
    }

    /**
     * A centre registers workers from the day it was established: 409 {@code registration-before-centre} naming
     * {@code registeredOn} when the registration is dated earlier. The worker's aggregate does not see the centre,
     * so the sender reads the centre's {@code TambonCentreEstablished} and asks (over HTTP and in the import). A
     * missing date is left to the registration's own 400.
     */
    public static void registeredAfterCentre(LocalDate registeredOn, String centreId, LocalDate establishedOn) {
        if (registeredOn != null && establishedOn != null && registeredOn.isBefore(establishedOn)) {
            throw new RuleViolation("registration-before-centre", "registeredOn", "a registration on "
                    + registeredOn + " cannot precede the centre " + centreId + ", established on " + establishedOn);
        }
    }

    /** Likewise a move into a centre's register: 409 {@code move-before-centre} naming {@code movedOn}. */
    public static void movedAfterCentre(LocalDate movedOn, String centreId, LocalDate establishedOn) {
        if (movedOn != null && establishedOn != null && movedOn.isBefore(establishedOn)) {
            throw new RuleViolation("move-before-centre", "movedOn", "a move on " + movedOn + " into the register"
                    + " of centre " + centreId + " cannot precede the centre, established on " + establishedOn);
        }
    }

    /**
     * The erasure the worker asked for: on a ground, on a day not later than it is recorded and not before the
     * registration, once. The event names the worker's centre and tambon and nothing personal.
     */
    public static PersonalDataErased erasure(ErasePersonalData command, WorkerRecord current) {
        if (current.personalData().isErased()) {
            throw new RuleViolation("already-erased", "this worker's personal data was erased before");
        }
        ErasureGround ground = Require.present(command.ground(), "ground");
        LocalDate requestedOn = BusinessCalendar.notInFuture(command.requestedOn(), command.recording(),
                "requestedOn");
        String reference = Require.optionalText(command.reference(), "reference", REFERENCE_MAX);
        if (requestedOn.isBefore(current.registeredOn())) {
            throw new RuleViolation("erasure-before-registration", "an erasure requested on " + requestedOn
                    + " cannot precede the worker's registration on " + current.registeredOn());
        }
        return new PersonalDataErased(current.workerId(), ground, reference, current.centreId(),
                current.subdistrictCode(), requestedOn, command.recording());
    }

    /**
     * A worker whose personal data is erased stays in the counts but is no longer served, moved or updated
     * through the register: each of those would need the person to be identified again (409).
     */
    static void notErased(PersonalData personal) {
        if (personal.isErased()) {
            throw new RuleViolation("personal-data-erased", "this worker's personal data was erased at their"
                    + " request; register the person again, with a new lawful basis, to serve them");
        }
    }

    /** Age in whole years on {@code day}, between {@value #MIN_AGE} and {@value #MAX_AGE}, or a 400. */
    static int age(LocalDate dateOfBirth, LocalDate day) {
        int age = dateOfBirth.isAfter(day) ? -1 : Period.between(dateOfBirth, day).getYears();
        if (age < MIN_AGE || age > MAX_AGE) {
            throw new InvalidValue("dateOfBirth", "working-age", "a registered worker is " + MIN_AGE + " to "
                    + MAX_AGE + " years old on the registration day " + day + "; the date of birth gives "
                    + (age < 0 ? "a birth after that day" : age + " years") + " (is the BE year converted?)");
        }
        return age;
    }

    /** A name in Thai script, spaces inside collapsed; the value itself is never repeated in the message. */
    static String thaiName(String value, String field) {
        String name = SPACES.matcher(Require.text(value, field, NAME_MAX)).replaceAll(" ");
        if (!THAI_NAME.matcher(name).matches()) {
            throw new InvalidValue(field, "thai-script", field + " is written in Thai script (as on the national id"
                    + " card), without digits or Latin letters");
        }
        return name;
    }

    /**
     * A Thai phone number as its 10 (mobile) or 9 (landline) digits starting with 0; spaces, dashes, Thai digits
     * and the country code +66 are accepted and dropped. The value is never repeated in the message.
     */
    static String phone(String value, String field) {
        String digits = PHONE_PUNCTUATION.matcher(ThaiDates.arabicDigits(value.strip())).replaceAll("");
        if (digits.startsWith("+66")) {
            digits = "0" + digits.substring(3);
        }
        if (!THAI_PHONE.matcher(digits).matches()) {
            throw new InvalidValue(field, "thai-phone", field + " is a Thai mobile number (10 digits starting 06, 08"
                    + " or 09, like 081-234-5678) or landline (9 digits starting 02 to 05 or 07, like 077-123-456)");
        }
        return digits;
    }

    private static String houseNumber(Address address) {
        return ThaiDates.arabicDigits(Require.text(address.houseNumber(), "address.houseNumber", HOUSE_NUMBER_MAX));
    }

    private static Integer villageNumber(Address address) {
        return address.villageNumber() == null ? null : (int) Require.between(address.villageNumber(),
                "address.villageNumber", 1, VILLAGE_NUMBER_MAX);
    }

    /** Consent with its date (not after the registration) and purpose; the public task with neither. */
    private static LawfulBasis lawfulBasis(LawfulBasis basis, LocalDate registeredOn) {
        Require.present(basis, "lawfulBasis");
        Require.present(basis.basis(), "lawfulBasis.basis");
        if (basis.basis() == LawfulBasis.Kind.PUBLIC_TASK) {
            if (basis.consentedOn() != null || basis.purpose() != null) {
                throw new InvalidValue(basis.consentedOn() != null ? "lawfulBasis.consentedOn" : "lawfulBasis.purpose",
                        "consent-only", "a date and purpose of consent belong to the basis CONSENT, not PUBLIC_TASK");
            }
            return basis;
        }
        LocalDate consentedOn = Require.present(basis.consentedOn(), "lawfulBasis.consentedOn");
        String purpose = Require.text(basis.purpose(), "lawfulBasis.purpose", PURPOSE_MAX);
        if (consentedOn.isAfter(registeredOn)) {
            throw new InvalidValue("lawfulBasis.consentedOn", "consent-before-registration", "consent given on "
                    + consentedOn + " comes after the registration on " + registeredOn + ": it must come first");
        }
        return LawfulBasis.consent(consentedOn, purpose);
    }

    /** The entries of an optional list, each present, in the order sent, duplicates dropped. */
    private static <T> List<T> distinct(List<T> values, String field) {
        if (values == null) {
            return List.of();
        }
        List<T> checked = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            checked.add(Require.present(values.get(i), field + "[" + i + "]"));
        }
        return List.copyOf(new LinkedHashSet<>(checked));
    }
}
