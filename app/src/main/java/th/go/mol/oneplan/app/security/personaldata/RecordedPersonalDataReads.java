package th.go.mol.oneplan.app.security.personaldata;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.query.workers.PersonalDataReadGuard;

/** The register's reads of unmasked personal data go through {@link UnmaskedReads}: role, reason, the log. */
@Component
public class RecordedPersonalDataReads implements PersonalDataReadGuard {
    private final UnmaskedReads unmaskedReads;

    public RecordedPersonalDataReads(UnmaskedReads unmaskedReads) {
        this.unmaskedReads = unmaskedReads;
    }

    @Override
    public void authorize(HttpServletRequest request, String subjectKind, String subjectId) {
        unmaskedReads.authorize(request, subjectKind, subjectId);
    }
}
