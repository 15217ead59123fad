package th.go.mol.oneplan.app.workerimport;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** A page of an import's error report, in line order. */
public record ImportErrorPage(
        @Schema(description = "Page number from 0", requiredMode = Schema.RequiredMode.REQUIRED) int page,
        @Schema(description = "Errors per page", requiredMode = Schema.RequiredMode.REQUIRED) int size,
        @Schema(description = "Errors in the whole report (a row may have several)",
                requiredMode = Schema.RequiredMode.REQUIRED) long total,
        @ArraySchema(arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED)) List<Entry> errors) {

    /** One bad value of one row. */
    public record Entry(
            @Schema(description = "The row's line; the header is line 1", example = "17",
                    requiredMode = Schema.RequiredMode.REQUIRED) long line,
            @Schema(description = "The column at fault, or row", example = "nationalId",
                    requiredMode = Schema.RequiredMode.REQUIRED) String field,
            @Schema(description = "The rule broken", example = "national-id-check-digit",
                    requiredMode = Schema.RequiredMode.REQUIRED) String rule,
            @Schema(description = "Why, without the value itself", requiredMode = Schema.RequiredMode.REQUIRED)
            String message) {

        static Entry of(RowError e) {
            return new Entry(e.line(), e.field(), e.rule(), e.message());
        }
    }
}
