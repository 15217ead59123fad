package th.go.mol.oneplan.query.replay;

/**
 * The body a rebuild request may carry: none, or an empty JSON object. A rebuild has no options yet; a client
 * that sends a body with every POST sends {}, and anything else (a field, an array, a malformed body) is a 400
 * naming what was wrong rather than being silently ignored, so an option a client believes it set is never
 * dropped without a word.
 */
public record NoRebuildOptions() {
}
