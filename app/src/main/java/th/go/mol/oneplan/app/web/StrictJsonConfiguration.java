package th.go.mol.oneplan.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

/** Puts {@link StrictJsonConverter} in place of Spring Boot's JSON converter (Boot backs off when one exists). */
@Configuration(proxyBeanMethods = false)
public class StrictJsonConfiguration {

    @Bean
    MappingJackson2HttpMessageConverter strictJsonConverter(ObjectMapper mapper) {
        return new StrictJsonConverter(mapper);
    }
}
