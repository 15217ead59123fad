package th.go.mol.oneplan.app.demo;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One step of a demo data set: an HTTP request to the public API, as a client would send it.
 *
 * @param method HTTP method, normally {@code POST}
 * @param path   the path under the server's root, e.g. {@code /api/drives/92-2562/meetings}
 * @param body   the JSON body, sent as is
 * @param note   what the step records and where it comes from in the source; logged on failure, never sent
 */
public record DemoRequest(String method, String path, JsonNode body, String note) {
}
