package th.go.mol.oneplan.app.security.personaldata;

import java.util.List;

/** A page of the personal-data access audit, newest first. */
public record PersonalDataAccessPage(int page, int size, long totalEntries, List<PersonalDataAccess> entries) {
}
