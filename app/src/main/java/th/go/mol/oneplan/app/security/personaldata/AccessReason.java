package th.go.mol.oneplan.app.security.personaldata;

import th.go.mol.oneplan.app.security.InvalidFields;
import th.go.mol.oneplan.app.web.FieldError;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The reason an inspector gives for reading unmasked personal data: header {@code X-Access-Reason}, 10 to 500
 * characters, kept in the audit of reads.
 *
 * <p>HTTP header values are bytes that servers read as ISO-8859-1, and most clients (browsers, Java's HTTP
 * client) refuse to send anything else, yet inspectors write Thai. So a value made only of URL-safe characters
 * and {@code %XX} escapes is percent-decoded as UTF-8 ({@code encodeURIComponent} in a browser), and raw UTF-8
 * bytes (what curl sends) are decoded as UTF-8; any other value is taken as it is.
 */
public final class AccessReason {
    public static final String HEADER = "X-Access-Reason";
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 500;
    private static final Pattern PERCENT_ENCODED = Pattern.compile("(?:[A-Za-z0-9\\-_.~!*'()]|%[0-9A-Fa-f]{2})*%[0-9A-Fa-f]{2}(?:[A-Za-z0-9\\-_.~!*'()]|%[0-9A-Fa-f]{2})*");

    private AccessReason() {
    }

    /** The reason in a header value, decoded and checked; 400 naming the header if missing, too short or too long. */
    public static String from(String headerValue) {
        String reason = headerValue == null ? "" : decode(headerValue).strip();
        int length = reason.codePointCount(0, reason.length());
        if (reason.isEmpty()) {
            throw invalid("required", HEADER + " is required to read unmasked personal data: say why you need it");
        }
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw invalid("length", HEADER + " must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters, got " + length);
        }
        return reason;
    }

    static String decode(String value) {
        if (PERCENT_ENCODED.matcher(value).matches()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '%') {
                    bytes.write(Integer.parseInt(value.substring(i + 1, i + 3), 16));
                    i += 2;
                } else {
                    bytes.write(c);
                }
            }
            return utf8(bytes.toByteArray()).orElse(value);
        }
        boolean latin1Only = value.chars().allMatch(c -> c < 256);
        if (latin1Only && value.chars().anyMatch(c -> c >= 128)) {
            return utf8(value.getBytes(StandardCharsets.ISO_8859_1)).orElse(value);
        }
        return value;
    }

    private static java.util.Optional<String> utf8(byte[] bytes) {
        try {
            return java.util.Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return java.util.Optional.empty();
        }
    }

    private static InvalidFields invalid(String rule, String message) {
        return new InvalidFields(List.of(new FieldError(HEADER, rule, message)));
    }
}
