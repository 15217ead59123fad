package th.go.mol.oneplan.command.centre;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import th.go.mol.oneplan.centre.TambonCentreRules;
import th.go.mol.oneplan.centre.Venue;
import th.go.mol.oneplan.centre.VenueKind;

/** Where a centre sits (ที่ตั้งศูนย์ฯ): the kind of place and its name. */
public record VenueBody(@NotNull VenueKind kind,
                        @NotBlank @Size(max = TambonCentreRules.NAME_MAX) String name) {
    Venue toVenue() {
        return new Venue(kind, name);
    }
}
