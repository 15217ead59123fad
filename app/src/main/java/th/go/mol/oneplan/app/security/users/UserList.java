package th.go.mol.oneplan.app.security.users;

import java.util.List;

/** Every user of the built-in store, by name. */
public record UserList(List<UserView> users) {
}
