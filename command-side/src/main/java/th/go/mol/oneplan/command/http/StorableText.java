package th.go.mol.oneplan.command.http;

/**
 * Text an event may carry. PostgreSQL's text and jsonb cannot hold the NUL character (U+0000), and a lone UTF-16
 * surrogate is not a character at all: an event holding either could be appended but never projected, and since
 * events are never deleted it would stop the read models for good. Such text is refused at the door.
 */
public final class StorableText {
    private StorableText() {
    }

    /** Why the text cannot be stored, or null when it can. */
    public static String problemWith(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return "text may not contain the NUL character (U+0000)";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "text contains a broken character (an unpaired UTF-16 surrogate)";
            }
            if (Character.isLowSurrogate(c)) {
                return "text contains a broken character (an unpaired UTF-16 surrogate)";
            }
        }
        return null;
    }
}
