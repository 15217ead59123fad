package th.go.mol.oneplan.app.axon;

import org.axonframework.common.IdentifierFactory;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Axon finds our message identifiers, and they are random (version 4) UUIDs, unique across threads. */
class MessageIdentifiersTest {

    @Test
    void axon_uses_them() {
        assertThat(IdentifierFactory.getInstance()).isInstanceOf(MessageIdentifiers.class);
    }

    @Test
    void they_are_distinct_version_4_uuids_from_every_thread() {
        MessageIdentifiers identifiers = new MessageIdentifiers();
        Set<String> seen = ConcurrentHashMap.newKeySet();
        IntStream.range(0, 40_000).parallel().forEach(i -> seen.add(identifiers.generateIdentifier()));

        assertThat(seen).hasSize(40_000);
        for (String id : seen.stream().limit(1_000).toList()) {
            UUID uuid = UUID.fromString(id);
            assertThat(uuid.version()).isEqualTo(4);
            assertThat(uuid.variant()).isEqualTo(2);
            assertThat(uuid.toString()).isEqualTo(id);
        }
    }
}
