package th.go.mol.oneplan.app.workerimport;

import th.go.mol.oneplan.common.InvalidValue;
import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.common.RuleViolation;
import th.go.mol.oneplan.common.ThaiDates;
import th.go.mol.oneplan.geography.Geography;
import th.go.mol.oneplan.register.Address;
import th.go.mol.oneplan.register.Education;
import th.go.mol.oneplan.register.LawfulBasis;
import th.go.mol.oneplan.register.NationalId;
import th.go.mol.oneplan.register.Need;
import th.go.mol.oneplan.register.OccupationGroup;
import th.go.mol.oneplan.register.Problem;
import th.go.mol.oneplan.register.RegisterWorker;
import th.go.mol.oneplan.register.Title;
import th.go.mol.oneplan.register.WorkerRules;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns a row of a survey file into a {@code RegisterWorker} for the job's centre, or into the list of what is
 * wrong with it. Every column is read on its own, so a row with three bad values is reported with all three;
 * a row whose values all read is then checked with the domain's own {@link WorkerRules} (names in Thai script,
 * working age, a real subdistrict, consent before registration...), which reports the first rule it breaks. So
 * the batch the job sends rarely meets a rule it has not checked already.
 *
 * <p>Values as a Thai official types them: dates ISO ({@code 1985-04-12}) or with a Buddhist Era year
 * ({@code 12/04/2528}, {@code 2528-04-12}, {@code 12 เมษายน 2528}), Thai digits anywhere a number goes, titles as
 * {@code MR}/{@code MRS}/{@code MISS}/{@code OTHER} or นาย/นาง/นางสาว, problems and needs as enum names separated
 * by {@code ;}. No message repeats the value it refuses: values are personal data.
 */
public final class SurveyRows {
    /** Compiled once, not by String.matches for every number of every row. */
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");

    private final Geography geography;

    public SurveyRows(Geography geography) {
        this.geography = geography;
    }

    /** A row read: ready to send (the command made of the recording), or rejected with its errors. */
    public sealed interface Mapped permits Ready, Rejected {
        long line();
    }

    public record Ready(long line, String workerId, Function<Recording, RegisterWorker> command) implements Mapped {
    }

    public record Rejected(long line, List<RowError> errors) implements Mapped {
    }

    /**
     * @param workerId  the id the worker gets if the row is registered ({@code worker-} and a new UUID)
     * @param centreId          the job's centre
     * @param centreEstablished the day the job's centre was established (read once per job), or null if unknown
     * @param recording         who records it and when (for the rule that no date is later than that day)
     */
    public Mapped map(SurveyReader.Row row, String workerId, String centreId, LocalDate centreEstablished,
                      Recording recording) {
        List<RowError> errors = new ArrayList<>();
        Values v = new Values(row.line(), errors);
        if (row.notUtf8()) {
            errors.add(new RowError(row.line(), "row", "utf-8", "the row holds bytes that are not UTF-8 text (was"
                    + " the file saved in another encoding, such as TIS-620 or Windows-874?); save it as CSV UTF-8"));
            return new Rejected(row.line(), errors);
        }
        if (row.width() != row.headerWidth()) {
            errors.add(new RowError(row.line(), "row", "column-count", "the row has " + row.width()
                    + " fields; the header has " + row.headerWidth() + " (is a value with a comma not in quotes?)"));
            return new Rejected(row.line(), errors);
        }
        NationalId nationalId = v.read(SurveyColumn.NATIONAL_ID, row, text -> NationalId.parse(text, "nationalId"));
        Title title = v.read(SurveyColumn.TITLE, row, SurveyRows::title);
        String firstName = v.required(SurveyColumn.FIRST_NAME, row);
        String lastName = v.required(SurveyColumn.LAST_NAME, row);
        LocalDate dateOfBirth = v.read(SurveyColumn.DATE_OF_BIRTH, row, text -> date(text, "dateOfBirth"));
        String houseNumber = v.required(SurveyColumn.HOUSE_NUMBER, row);
        Integer villageNumber = v.optional(SurveyColumn.VILLAGE_NUMBER, row, text -> number(text, "villageNumber"));
        Integer subdistrictCode = v.read(SurveyColumn.SUBDISTRICT_CODE, row, text -> number(text, "subdistrictCode"));
        OccupationGroup occupation = v.read(SurveyColumn.OCCUPATION, row,
                text -> constant(OccupationGroup.class, text, "occupation"));
        Education education = v.read(SurveyColumn.EDUCATION, row,
                text -> constant(Education.class, text, "education"));
        String phone = blankToNull(row.get(SurveyColumn.PHONE));
        List<Problem> problems = v.optional(SurveyColumn.PROBLEMS, row,
                text -> constants(Problem.class, text, "problems"));
        List<Need> needs = v.optional(SurveyColumn.NEEDS, row, text -> constants(Need.class, text, "needs"));
        LawfulBasis.Kind basis = v.read(SurveyColumn.LAWFUL_BASIS, row,
                text -> constant(LawfulBasis.Kind.class, text, "lawfulBasis"));
        LocalDate consentedOn = v.optional(SurveyColumn.CONSENTED_ON, row, text -> date(text, "consentedOn"));
        String purpose = blankToNull(row.get(SurveyColumn.PURPOSE));
        LocalDate registeredOn = v.read(SurveyColumn.REGISTERED_ON, row, text -> date(text, "registeredOn"));
        if (!errors.isEmpty()) {
            return new Rejected(row.line(), errors);
        }
        Address address = new Address(houseNumber, villageNumber, subdistrictCode);
        LawfulBasis lawfulBasis = new LawfulBasis(basis, consentedOn, purpose);
        Function<Recording, RegisterWorker> command = r -> new RegisterWorker(workerId, nationalId, title, firstName,
                lastName, dateOfBirth, address, occupation, education, phone, problems == null ? List.of() : problems,
                needs == null ? List.of() : needs, lawfulBasis, centreId, registeredOn, r);
        try {
            WorkerRules.registration(command.apply(recording), geography);
            WorkerRules.registeredAfterCentre(registeredOn, centreId, centreEstablished);
        } catch (InvalidValue e) {
            return new Rejected(row.line(), List.of(error(row.line(), e)));
        } catch (RuleViolation e) {
            return new Rejected(row.line(), List.of(error(row.line(), e)));
        }
        return new Ready(row.line(), workerId, command);
    }

    /** A refusal of the domain as a row's error, naming the column (the domain's field names map to columns). */
    public static RowError error(long line, InvalidValue e) {
        return new RowError(line, SurveyColumn.ofDomainField(e.field()), e.rule(), e.getMessage());
    }

    /**
     * A rule of the register refused the row (409 over HTTP): a person already registered names the id column, a
     * rule about one value its column ({@code registration-before-centre}: {@code registeredOn}), any other the row.
     */
    public static RowError error(long line, RuleViolation e) {
        String field = e.rule() != null && e.rule().startsWith("national-id") ? SurveyColumn.NATIONAL_ID.header()
                : SurveyColumn.ofDomainField(e.field());
        return new RowError(line, field, e.rule(), e.getMessage());
    }

    private static Title title(String text) {
        String t = text.strip();
        for (Title title : Title.values()) {
            if (t.equals(title.thai()) || t.equalsIgnoreCase(title.name())) {
                return title;
            }
        }
        throw new InvalidValue("title", "one-of", "title is one of MR (นาย), MRS (นาง), MISS (นางสาว), OTHER");
    }

    private static LocalDate date(String text, String field) {
        try {
            return ThaiDates.parse(text);
        } catch (DateTimeException | NumberFormatException e) {
            throw new InvalidValue(field, "date", field + " is a date: 2020-02-03 (CE), or with a Buddhist Era year"
                    + " 03/02/2563, 2563-02-03 or 3 กุมภาพันธ์ 2563");
        }
    }

    private static int number(String text, String field) {
        String digits = ThaiDates.arabicDigits(text.strip());
        if (!WHOLE_NUMBER.matcher(digits).matches()) {
            throw new InvalidValue(field, "integer", field + " is a whole number, in Arabic or Thai digits");
        }
        return Integer.parseInt(digits);
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String text, String field) {
        String name = text.strip().toUpperCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        throw new InvalidValue(field, "one-of", field + " is one of " + Arrays.toString(type.getEnumConstants()));
    }

    private static <E extends Enum<E>> List<E> constants(Class<E> type, String text, String field) {
        List<E> values = new ArrayList<>();
        for (String part : text.split(";")) {
            if (!part.isBlank()) {
                values.add(constant(type, part, field));
            }
        }
        return values;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** Reads the columns of one row, gathering what is wrong instead of stopping at the first. */
    private static final class Values {
        private final long line;
        private final List<RowError> errors;

        Values(long line, List<RowError> errors) {
            this.line = line;
            this.errors = errors;
        }

        String required(SurveyColumn column, SurveyReader.Row row) {
            String text = row.get(column);
            if (text == null || text.isBlank()) {
                errors.add(new RowError(line, column.header(), "required", column.header() + " is required"));
                return null;
            }
            return text;
        }

        <T> T read(SurveyColumn column, SurveyReader.Row row, Function<String, T> reader) {
            String text = required(column, row);
            return text == null ? null : apply(column, text, reader);
        }

        <T> T optional(SurveyColumn column, SurveyReader.Row row, Function<String, T> reader) {
            String text = row.get(column);
            return text == null || text.isBlank() ? null : apply(column, text, reader);
        }

        private <T> T apply(SurveyColumn column, String text, Function<String, T> reader) {
            try {
                return reader.apply(text);
            } catch (InvalidValue e) {
                errors.add(new RowError(line, column.header(), e.rule(), e.getMessage()));
                return null;
            }
        }
    }
}
