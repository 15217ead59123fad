package th.go.mol.oneplan.app.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A JSON body must be well-formed UTF-8. Jackson's own UTF-8 reader is fast and forgiving: it decodes an
 * overlong sequence ({@code C0 AF}) as the character it spells ({@code /}), which lets a byte sequence that no
 * validator would see as a slash become one in a stored text. The JDK's decoder refuses overlong sequences,
 * encoded surrogates and stray bytes, so the body is checked with it first; the error names the field whose
 * value holds the bad bytes, found by parsing the well-formed part before them.
 */
final class Utf8Body {
    private static final JsonFactory JSON = new JsonFactory();

    private Utf8Body() {
    }

    /** Why the body is not UTF-8, naming the field, or null when it is. */
    static FieldError firstError(byte[] body) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate(body.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (!result.isError()) {
            return null;
        }
        int badByte = in.position();
        out.flip();
        String field = fieldAtEndOf(out.toString());
        return new FieldError(field, "utf-8", (field.equals("body") ? "the body" : field)
                + " is not valid UTF-8 (byte " + badByte + " starts a malformed or overlong sequence)");
    }

    /** The field being read where the well-formed prefix of a body ends: "body" when none is. */
    private static String fieldAtEndOf(String prefix) {
        JsonStreamContext context;
        try (JsonParser parser = JSON.createParser(prefix)) {
            try {
                while (parser.nextToken() != null) {
                    // Read up to where the prefix stops.
                }
            } catch (IOException endOfPrefix) {
                // Expected: the prefix ends inside a value.
            }
            context = parser.getParsingContext();
        } catch (IOException e) {
            return "body";
        }
        return JsonPaths.of(context);
    }
}
