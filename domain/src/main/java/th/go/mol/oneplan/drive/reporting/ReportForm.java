package th.go.mol.oneplan.drive.reporting;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;

/** The ministry's monthly reporting forms for FY 2562 (แบบรายงาน 62-1 and 62-3). */
public enum ReportForm {
    FORM_62_1("62-1"), FORM_62_3("62-3");

    private final String code;

    ReportForm(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static ReportForm ofCode(String code) {
        return Arrays.stream(values())
                .filter(f -> f.code.equals(code) || f.name().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown report form '" + code + "': use 62-1 or 62-3"));
    }
}
