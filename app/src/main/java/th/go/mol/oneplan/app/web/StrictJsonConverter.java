package th.go.mol.oneplan.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import th.go.mol.oneplan.common.InvalidValue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;

/**
 * Spring's JSON converter for the HTTP API, reading only bodies that are well-formed UTF-8 ({@link Utf8Body}).
 * Everything else about reading is Jackson's, as configured under {@code spring.jackson} (duplicate keys,
 * trailing content, numbers for enums and decimals for whole numbers are refused there). Bodies are at most
 * {@code oneplan.http.max-body-bytes}, so reading one whole before parsing costs little.
 */
public class StrictJsonConverter extends MappingJackson2HttpMessageConverter {

    public StrictJsonConverter(ObjectMapper mapper) {
        super(mapper);
    }

    @Override
    public Object read(Type type, Class<?> contextClass, HttpInputMessage input) throws IOException {
        return super.read(type, contextClass, checked(input));
    }

    @Override
    protected Object readInternal(Class<?> type, HttpInputMessage input) throws IOException {
        return super.readInternal(type, checked(input));
    }

    private static HttpInputMessage checked(HttpInputMessage input) {
        byte[] body;
        try {
            body = input.getBody().readAllBytes();
        } catch (IOException e) {
            throw new HttpMessageNotReadableException("I/O error while reading the body: " + e.getMessage(), e, input);
        }
        FieldError error = Utf8Body.firstError(body);
        if (error != null) {
            throw new HttpMessageNotReadableException(error.message(),
                    new InvalidValue(error.field(), error.rule(), error.message()), input);
        }
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return input.getHeaders();
            }
        };
    }
}
