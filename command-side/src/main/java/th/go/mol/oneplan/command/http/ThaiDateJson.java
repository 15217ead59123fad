package th.go.mol.oneplan.command.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import th.go.mol.oneplan.common.FiscalYear;
import th.go.mol.oneplan.common.ThaiDates;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the values people type: text must be storable (see {@link StorableText}); dates as they write them: CE or BE years, Thai month names, Thai digits
 * (see {@link ThaiDates}). A month is {@code 2018-10} or {@code 2561-10}. A bad date is a 400 naming the field.
 */
@Configuration(proxyBeanMethods = false)
public class ThaiDateJson {
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");

    @Bean
    public Module thaiDateModule() {
        SimpleModule module = new SimpleModule("thai-dates");
        module.addDeserializer(LocalDate.class, new JsonDeserializer<>() {
            @Override
            public LocalDate deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    return (LocalDate) ctx.handleUnexpectedToken(LocalDate.class, p);
                }
                String text = p.getText();
                try {
                    return ThaiDates.parse(text);
                } catch (DateTimeException | NumberFormatException e) {
                    return (LocalDate) ctx.handleWeirdStringValue(LocalDate.class, text, e.getMessage());
                }
            }
        });
        module.addDeserializer(YearMonth.class, new JsonDeserializer<>() {
            @Override
            public YearMonth deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    return (YearMonth) ctx.handleUnexpectedToken(YearMonth.class, p);
                }
                String text = p.getText();
                Matcher m = MONTH.matcher(ThaiDates.arabicDigits(text.strip()));
                try {
                    if (!m.matches()) {
                        throw new DateTimeException("a month is written 2018-10 (or 2561-10 in BE)");
                    }
                    int year = Integer.parseInt(m.group(1));
                    return YearMonth.of(year >= 2400 ? year - FiscalYear.BE_OFFSET : year, Integer.parseInt(m.group(2)));
                } catch (DateTimeException e) {
                    return (YearMonth) ctx.handleWeirdStringValue(YearMonth.class, text, e.getMessage());
                }
            }
        });
        module.addDeserializer(String.class, new JsonDeserializer<>() {
            @Override
            public String deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    return (String) ctx.handleUnexpectedToken(String.class, p);
                }
                String text = p.getText();
                String problem = StorableText.problemWith(text);
                return problem == null ? text : (String) ctx.handleWeirdStringValue(String.class, text, problem);
            }
        });
        return module;
    }
}
