package th.go.mol.oneplan.common;

/** What was asked for does not exist (an unknown drive id). The API answers 404. */
public class NotFound extends RuntimeException {
    private final String what;

    public NotFound(String what, String message) {
        super(message);
        this.what = what;
    }

    public String what() {
        return what;
    }
}
