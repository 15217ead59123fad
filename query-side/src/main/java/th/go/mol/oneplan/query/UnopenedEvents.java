package th.go.mol.oneplan.query;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import th.go.mol.oneplan.register.PersonalData;

import java.io.IOException;

/**
 * A register event as a projection reads it: every field of the stored event, but its {@code personalData} left
 * sealed, read as null and never decrypted. The event store's own reading opens each worker's personal data with the
 * worker's key (AES-GCM, a key look-up, the plaintext's JSON); no projection reads it (read tables hold no personal
 * data, docs/register.md), and during an import opening it cost about a tenth of the service's CPU (docs/import.md,
 * "Where the time goes"). The domain and the queries that show personal data still read the events whole.
 *
 * <p>It reads the event's stored JSON (after the upcasters) with the event store's own mapper, copied, with one
 * change: personal data is skipped. The message's own payload is never touched, so another handler of the same
 * message still gets it whole. A handler that
 * reads personal data through this gets a null and fails loudly, never a wrong value.
 */
@Component
@Profile("!command")
public class UnopenedEvents {
    private final Serializer stored;
    private final ObjectMapper mapper;

    public UnopenedEvents(@Qualifier("eventSerializer") Serializer eventSerializer) {
        if (!(eventSerializer instanceof JacksonSerializer jackson)) {
            throw new IllegalStateException("the event store's serializer is not Jackson: " + eventSerializer);
        }
        this.stored = eventSerializer;
        this.mapper = jackson.getObjectMapper().copy()
                .registerModule(new SimpleModule("PersonalDataLeftSealed")
                        .addDeserializer(PersonalData.class, new LeftSealed()));
    }

    /**
     * The message's event of the given type with its personal data null. From the event store, the stored bytes are
     * read as they are (the same serializer gives them back without deserialising the payload); a message made in
     * memory is written with that serializer first.
     */
    public <T> T payload(EventMessage<?> message, Class<T> type) {
        byte[] json = message.serializePayload(stored, byte[].class).getData();
        try {
            return mapper.readValue(json, type);
        } catch (IOException e) {
            throw new IllegalStateException("event " + message.getIdentifier() + " does not read as "
                    + type.getSimpleName(), e);
        }
    }

    /** Skips the sealed value: neither its key looked up nor its ciphertext opened. */
    private static final class LeftSealed extends JsonDeserializer<PersonalData> {
        @Override
        public PersonalData deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            parser.skipChildren();
            return null;
        }
    }
}
