package th.go.mol.oneplan.app.axon;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import th.go.mol.oneplan.app.vault.PersonalDataVault;
import th.go.mol.oneplan.app.vault.SealedPersonalDataModule;

/**
 * How events, messages and tokens are written to PostgreSQL: JSON through a mapper of their own, so that a
 * change to the HTTP API's JSON settings can never change how the record of truth is stored. Dates are ISO-8601
 * text. Unknown fields are ignored when reading, so an event written by a newer version still reads; renames
 * and structural changes go through upcasters. A worker's {@code PersonalData} is written sealed with the worker's
 * own data key ({@link SealedPersonalDataModule}, docs/register.md).
 */
@Configuration(proxyBeanMethods = false)
public class EventStoreSerialization {

    static ObjectMapper eventStoreMapper() {
        return baseMapper();
    }

    /** The mapper of everything stored: personal data sealed by the vault (never in clear). */
    static ObjectMapper eventStoreMapper(SealedPersonalDataModule personalData) {
        return baseMapper().registerModule(personalData);
    }

    private static ObjectMapper baseMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    }

    private static Serializer jackson(PersonalDataVault vault) {
        return JacksonSerializer.builder().objectMapper(eventStoreMapper(new SealedPersonalDataModule(vault))).build();
    }

    // The module is made here, not a bean: Spring Boot would register a Module bean in the HTTP API's mapper too.
    // All three hold the vault's module: whatever Axon stores with any of them (events, snapshots, dead letters,
    // tokens, sagas) holds a worker's personal data only sealed, or fails to store it.

    @Bean
    @Primary
    public Serializer serializer(PersonalDataVault vault) {
        return jackson(vault);
    }

    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer(PersonalDataVault vault) {
        return jackson(vault);
    }

    @Bean
    @Qualifier("messageSerializer")
    public Serializer messageSerializer(PersonalDataVault vault) {
        return jackson(vault);
    }
}
