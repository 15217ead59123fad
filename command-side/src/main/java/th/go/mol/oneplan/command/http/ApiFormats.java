package th.go.mol.oneplan.command.http;

/**
 * The formats of values people type, as the OpenAPI description states them on the request fields that take
 * them ({@code @Schema(description = ..., pattern = ...)}). The rules themselves live in the domain; these say
 * the same for clients.
 */
public final class ApiFormats {
    /** ProvincialDrive's meeting-number-format: the meeting's number in the BE year; Thai digits too. */
    public static final String MEETING_NUMBER = "The meeting's number in the BE year: 1 to 3 digits, a slash and the"
            + " year, like 1/2562 (Thai digits accepted). Cites a meeting recorded on the drive.";
    public static final String MEETING_NUMBER_PATTERN = "^\\s*[0-9๐-๙]{1,3}/[0-9๐-๙]{4}\\s*$";
    /** A month as ThaiDateJson reads it. */
    public static final String MONTH = "A month: yyyy-MM in CE (2018-10) or with the BE year (2561-10).";
    public static final String MONTH_PATTERN = "^\\s*[0-9๐-๙]{4}-[0-9๐-๙]{1,2}\\s*$";

    private ApiFormats() {
    }
}
