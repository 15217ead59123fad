package th.go.mol.oneplan.app.demo;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One step of a demo data set: an HTTP request to the public API, as a client would send it.
 *
 * @param method HTTP method, normally {@code POST}
 * @param path   the path under the server's root, e.g. {@code /api/drives/92-2562/meetings}
 * @param ref    optional name under which the answer's {@code eventId} is remembered; later bodies cite it as
 *               {@code "{{name}}"} (e.g. a plan revision citing the inspection it follows)
 * @param body   the JSON body, sent as is apart from {@code {{name}}} references
 * @param note   what the step records and where it comes from in the source; logged, never sent
 */
public record DemoRequest(String method, String path, String ref, JsonNode body, String note) {
}
