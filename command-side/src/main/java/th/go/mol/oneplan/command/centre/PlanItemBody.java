package th.go.mol.oneplan.command.centre;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import th.go.mol.oneplan.centre.FundingSource;
import th.go.mol.oneplan.centre.PlanItem;
import th.go.mol.oneplan.centre.PlanItemCategory;
import th.go.mol.oneplan.centre.QualityOfLifePlanRules;
import th.go.mol.oneplan.command.http.Baht;

import java.math.BigDecimal;

/** One item of a quality-of-life plan: what it improves, what is to be done, how much is asked of which funder. */
public record PlanItemBody(
        @NotNull PlanItemCategory category,
        @NotBlank @Size(max = QualityOfLifePlanRules.DESCRIPTION_MAX) String description,
        @Schema(description = "The amount asked, in baht with at most two decimals (more than 0, at most"
                + " 10,000,000.00)", example = "45000.00")
        @NotNull @Positive @DecimalMax(QualityOfLifePlanRules.ITEM_MAX_BAHT) BigDecimal amount,
        @NotNull FundingSource source,
        @Schema(description = "The funder's name when source is OTHER, and only then")
        @Size(max = QualityOfLifePlanRules.NAME_MAX) String otherSourceName) {

    PlanItem toItem(String field) {
        return new PlanItem(category, description, Baht.toSatang(amount, field + ".amount"), source, otherSourceName);
    }
}
