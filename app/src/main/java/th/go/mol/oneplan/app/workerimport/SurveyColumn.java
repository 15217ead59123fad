package th.go.mol.oneplan.app.workerimport;

import java.util.Arrays;
import java.util.Optional;

/**
 * The columns of a centre's survey file (แบบสำรวจแรงงานนอกระบบ), one per field of {@code RegisterWorker}; the
 * header names them as here, in any order, each once. The centre is the job's, not a column.
 */
public enum SurveyColumn {
    NATIONAL_ID("nationalId"),
    TITLE("title"),
    FIRST_NAME("firstName"),
    LAST_NAME("lastName"),
    DATE_OF_BIRTH("dateOfBirth"),
    HOUSE_NUMBER("houseNumber"),
    VILLAGE_NUMBER("villageNumber"),
    SUBDISTRICT_CODE("subdistrictCode"),
    OCCUPATION("occupation"),
    EDUCATION("education"),
    PHONE("phone"),
    PROBLEMS("problems"),
    NEEDS("needs"),
    LAWFUL_BASIS("lawfulBasis"),
    CONSENTED_ON("consentedOn"),
    PURPOSE("purpose"),
    REGISTERED_ON("registeredOn");

    private final String header;

    SurveyColumn(String header) {
        this.header = header;
    }

    public String header() {
        return header;
    }

    public static Optional<SurveyColumn> named(String header) {
        return Arrays.stream(values()).filter(c -> c.header.equals(header)).findFirst();
    }

    /** The column a field of the domain's rules names ({@code address.houseNumber} is {@code houseNumber}). */
    static String ofDomainField(String field) {
        if (field == null) {
            return "row";
        }
        String f = field.replaceFirst("\\[\\d+]$", "");
        return switch (f) {
            case "address.houseNumber" -> HOUSE_NUMBER.header;
            case "address.villageNumber" -> VILLAGE_NUMBER.header;
            case "address.subdistrictCode", "address" -> SUBDISTRICT_CODE.header;
            case "lawfulBasis.basis" -> LAWFUL_BASIS.header;
            case "lawfulBasis.consentedOn" -> CONSENTED_ON.header;
            case "lawfulBasis.purpose" -> PURPOSE.header;
            default -> named(f).map(SurveyColumn::header).orElse(f);
        };
    }
}
