package th.go.mol.oneplan.app.security.builtin;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long HTTP Basic credentials count as verified ({@code oneplan.security.basic-cache.*}): a password found right
 * is not checked again for {@code minutes} (unless the user's password, enablement or lock changes in between), and
 * at most {@code maxEntries} credentials are remembered.
 */
@ConfigurationProperties("oneplan.security.basic-cache")
public record BasicCacheProperties(Integer minutes, Integer maxEntries) {
    public BasicCacheProperties {
        minutes = minutes == null ? 5 : minutes;
        maxEntries = maxEntries == null ? 10_000 : maxEntries;
        if (minutes < 0 || maxEntries < 0) {
            throw new IllegalArgumentException("oneplan.security.basic-cache.minutes and max-entries must be 0 or more");
        }
    }
}
