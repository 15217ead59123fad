package th.go.mol.oneplan.app.vault;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import th.go.mol.oneplan.register.PersonalData;

import java.io.IOException;
import java.util.Base64;
import java.util.List;

/**
 * How the event store's mapper writes and reads {@link PersonalData}: never in clear, always as
 * {@code {"subject":"worker-…","sealed":"<base64 of version, nonce, ciphertext and tag>"}}, or
 * {@code {"subject":"worker-…","erased":true}} for data already erased.
 *
 * <p>Sealing needs the worker the data belongs to. The serializer takes it from the object that holds the field:
 * a {@link BeanSerializerModifier} replaces the writer of every {@code PersonalData} property with one that reads
 * the same object's {@code workerId} property, which {@code WorkerRegistered}, {@code WorkerMoved},
 * {@code WorkerProfileUpdated} (and {@code WorkerRecord}, were a snapshot ever taken) all have. This is decided
 * once per type, when Jackson builds its serializer, and is given the object itself, rather than depending on what
 * the generator's current value happens to be at the time. A type holding {@code PersonalData} without a
 * {@code workerId}, or {@code PersonalData} anywhere else (a list, a map, on its own), cannot be written at all:
 * the failure is loud, and nothing is ever stored in clear.
 *
 * <p>Reading needs nothing from around it: the subject is in the stored object, and the authenticated data of the
 * ciphertext binds it to that subject.
 */
public class SealedPersonalDataModule extends SimpleModule {
    static final String SUBJECT_PROPERTY = "workerId";

    public SealedPersonalDataModule(PersonalDataVault vault) {
        super("SealedPersonalData");
        addSerializer(PersonalData.class, new Refused());
        addDeserializer(PersonalData.class, new Opening(vault));
        setSerializerModifier(new BeanSerializerModifier() {
            @Override
            public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription bean,
                                                             List<BeanPropertyWriter> properties) {
                BeanPropertyWriter subject = properties.stream()
                        .filter(p -> p.getName().equals(SUBJECT_PROPERTY)).findFirst().orElse(null);
                return properties.stream()
                        .map(p -> PersonalData.class.equals(p.getType().getRawClass())
                                ? (BeanPropertyWriter) new Sealing(p, subject, vault, bean.getBeanClass()) : p)
                        .toList();
            }
        });
    }

    /** Writes a {@code PersonalData} property sealed for the holder's {@code workerId}. */
    private static final class Sealing extends BeanPropertyWriter {
        private final BeanPropertyWriter subject;
        private final PersonalDataVault vault;
        private final Class<?> holder;

        Sealing(BeanPropertyWriter base, BeanPropertyWriter subject, PersonalDataVault vault, Class<?> holder) {
            super(base);
            this.subject = subject;
            this.vault = vault;
            this.holder = holder;
        }

        @Override
        public void serializeAsField(Object bean, JsonGenerator gen, SerializerProvider prov) throws Exception {
            Object value = get(bean);
            if (value == null) {
                super.serializeAsField(bean, gen, prov);
                return;
            }
            Object worker = subject == null ? null : subject.get(bean);
            if (!(worker instanceof String workerId) || workerId.isBlank()) {
                throw JsonMappingException.from(gen, holder.getSimpleName() + "." + getName() + " is personal data"
                        + " and can only be stored sealed for the worker named by " + holder.getSimpleName() + "."
                        + SUBJECT_PROPERTY + ", which it does not have");
            }
            PersonalDataVault.Sealed sealed = vault.seal(workerId, (PersonalData) value);
            gen.writeFieldName(_name);
            gen.writeStartObject();
            gen.writeStringField("subject", sealed.subject());
            if (sealed.isErased()) {
                gen.writeBooleanField("erased", true);
            } else {
                gen.writeStringField("sealed", Base64.getEncoder().encodeToString(sealed.ciphertext()));
            }
            gen.writeEndObject();
        }

        @Override
        public void serializeAsElement(Object bean, JsonGenerator gen, SerializerProvider prov) throws Exception {
            throw JsonMappingException.from(gen, "personal data is never written as an array element");
        }
    }

    /** PersonalData anywhere but as a property of a worker's event: refused rather than written in clear. */
    private static final class Refused extends JsonSerializer<PersonalData> {
        @Override
        public void serialize(PersonalData value, JsonGenerator gen, SerializerProvider serializers)
                throws IOException {
            throw JsonMappingException.from(gen, "personal data is stored only sealed, as a property of an object that"
                    + " names its worker by " + SUBJECT_PROPERTY);
        }
    }

    /** Reads the stored form back: opened with the subject's key, or ERASED once that key is destroyed. */
    private static final class Opening extends JsonDeserializer<PersonalData> {
        private final PersonalDataVault vault;

        Opening(PersonalDataVault vault) {
            this.vault = vault;
        }

        @Override
        public PersonalData deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode stored = parser.readValueAsTree();
            JsonNode subject = stored == null ? null : stored.get("subject");
            if (subject == null || !subject.isTextual()) {
                throw JsonMappingException.from(parser, "personal data is not in its sealed form (no subject)");
            }
            if (stored.path("erased").asBoolean(false)) {
                return PersonalData.ERASED;
            }
            JsonNode sealed = stored.get("sealed");
            if (sealed == null || !sealed.isTextual()) {
                throw JsonMappingException.from(parser, "personal data is not in its sealed form (nothing sealed)");
            }
            return vault.open(new PersonalDataVault.Sealed(subject.asText(), Base64.getDecoder().decode(sealed.asText())));
        }
    }
}
