package th.go.mol.oneplan.app.web;

import com.fasterxml.jackson.core.JsonStreamContext;

import java.util.ArrayDeque;
import java.util.Deque;

/** Field paths as problems name them: {@code plan.projects[2].name}, or {@code body} for the body as a whole. */
final class JsonPaths {
    private JsonPaths() {
    }

    /** Where a streaming parser is. */
    static String of(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                parts.push("." + c.getCurrentName());
            }
        }
        String path = String.join("", parts);
        return path.isEmpty() ? "body" : path.startsWith(".") ? path.substring(1) : path;
    }
}
