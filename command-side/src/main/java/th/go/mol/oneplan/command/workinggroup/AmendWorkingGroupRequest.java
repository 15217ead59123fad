package th.go.mol.oneplan.command.workinggroup;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

public record AmendWorkingGroupRequest(
        @Size(max = 100) String orderNumber,
        @NotNull LocalDate orderDate,
        @Size(max = 200) List<@NotNull @Valid MemberBody> membersAdded,
        @Size(max = 200) List<@NotBlank @Size(max = 200) String> membersRemoved,
        @NotBlank @Size(max = 2000) String reason,
        boolean lateRecord) {
}
