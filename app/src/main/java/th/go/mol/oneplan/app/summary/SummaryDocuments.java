package th.go.mol.oneplan.app.summary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import th.go.mol.oneplan.query.summary.NationalYearSummary;
import th.go.mol.oneplan.query.summary.OneGoalYearSummary;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The One Goal summary as documents: JSON (the HTTP API's own mapper, so the endpoint and the year-end job write the
 * same bytes), HTML in Thai (Thymeleaf, templates/summary) and PDF made from that HTML by openhtmltopdf with the
 * Sarabun font embedded (fonts/sarabun, SIL Open Font License), so it prints the same on any machine.
 */
@Component
public class SummaryDocuments {
    static final String FONT_FAMILY = "Sarabun";
    private static final String REGULAR = "/fonts/sarabun/Sarabun-Regular.ttf";
    private static final String BOLD = "/fonts/sarabun/Sarabun-Bold.ttf";

    private final ObjectMapper json;
    private final ITemplateEngine templates;
    private final ThaiText fmt = new ThaiText();
    private final byte[] regular = font(REGULAR);
    private final byte[] bold = font(BOLD);

    public SummaryDocuments(ObjectMapper json, ITemplateEngine templates) {
        // Pretty-printed for people reading the files; field order is the records' own, so it never varies.
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        this.templates = templates;
    }

    public byte[] json(Object summary) {
        try {
            return json.writeValueAsBytes(summary);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the summary cannot be written as JSON: " + e.getMessage(), e);
        }
    }

    public String html(OneGoalYearSummary summary) {
        return templates.process("summary/one-goal-summary", new Context(Locale.ROOT, Map.of("s", summary, "fmt", fmt)));
    }

    public String html(NationalYearSummary national) {
        return templates.process("summary/national", new Context(Locale.ROOT, Map.of("n", national, "fmt", fmt)));
    }

    /** The HTML laid out on A4 pages, the Thai font embedded. */
    public byte[] pdf(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public byte[] htmlBytes(String html) {
        return html.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] font(String resource) {
        try (InputStream in = SummaryDocuments.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the font " + resource + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
