package th.go.mol.oneplan.app.workerimport;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import th.go.mol.oneplan.common.InvalidValue;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Reads a survey file as a stream of rows (Apache Commons CSV, RFC 4180: commas, fields in double quotes may hold
 * commas, quotes doubled and line breaks), never more than one row in memory. The file is UTF-8, with or without a
 * byte order mark. Bytes that are not UTF-8 are decoded as U+FFFD (the replacement character) and the row that holds
 * them is marked {@link Row#notUtf8()}, so that it is reported and the rows after it are still read: a survey
 * saved by a spreadsheet with one bad byte does not lose its other rows. That is safe for the CSV's structure
 * because in UTF-8 no byte of a multi-byte character is below 0x80: a bad byte never swallows the comma, quote or
 * line break after it. (A row holding a real U+FFFD is refused as well: in a survey it only comes from a file
 * converted badly once already.) The header is checked as soon as the reader opens: every column of
 * {@link SurveyColumn} once, nothing else, or a 400 naming the column.
 */
public final class SurveyReader implements Closeable, Iterable<SurveyReader.Row> {
    private static final int MAX_HEADER_NAME = 60;
    /** What the decoder puts in place of bytes that are not UTF-8. */
    private static final char REPLACEMENT = '\uFFFD';
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Map<SurveyColumn, Integer> positions = new EnumMap<>(SurveyColumn.class);
    private final int width;

    /**
     * One row: its line (the header is line 1; rows are counted, blank lines skipped) and its fields by column.
     *
     * @param width       the number of fields the row has
     * @param headerWidth the number the header has: a row with fewer or more is refused whole
     * @param notUtf8     the row held bytes that are not UTF-8: it is refused whole
     */
    public record Row(long line, Map<SurveyColumn, String> fields, int width, int headerWidth, boolean notUtf8) {
        public String get(SurveyColumn column) {
            return fields.get(column);
        }
    }

    private SurveyReader(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, 64 * 1024);
        skipByteOrderMark(buffered);
        InputStreamReader reader = new InputStreamReader(buffered, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
        this.parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
        this.records = parser.iterator();
        this.width = readHeader();
    }

    /** Opens the file and checks its header (a 400 {@link InvalidValue} naming the column otherwise). */
    public static SurveyReader open(InputStream in) {
        try {
            return new SurveyReader(in);
        } catch (IOException e) {
            throw new InvalidValue("header", "utf-8", "the file is read as UTF-8 text with a header row; its first"
                    + " line could not be read as such");
        }
    }

    private int readHeader() {
        CSVRecord header;
        try {
            if (!records.hasNext()) {
                throw new InvalidValue("header", "required", "the file is empty: its first line is the header,"
                        + " naming the columns " + columnList());
            }
            header = records.next();
        } catch (UncheckedIOException e) {
            throw new InvalidValue("header", "utf-8", "the header is not UTF-8 text");
        }
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).indexOf(REPLACEMENT) >= 0) {
                throw new InvalidValue("header", "utf-8", "the header is not UTF-8 text");
            }
        }
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            String shown = name.length() > MAX_HEADER_NAME ? name.substring(0, MAX_HEADER_NAME) : name;
            int position = i + 1;
            SurveyColumn column = SurveyColumn.named(name).orElseThrow(() -> new InvalidValue(shown.isEmpty()
                    ? "header" : shown, "unknown-column", "column " + position + " of the header, '" + shown
                    + "', is not a column of the survey file: the columns are " + columnList()));
            if (positions.put(column, i) != null) {
                throw new InvalidValue(column.header(), "duplicate-column", "the header names the column "
                        + column.header() + " twice");
            }
        }
        for (SurveyColumn column : SurveyColumn.values()) {
            if (!positions.containsKey(column)) {
                throw new InvalidValue(column.header(), "missing-column", "the header has no column "
                        + column.header() + " (an optional value may be left empty, but its column is there)");
            }
        }
        return header.size();
    }

    private static String columnList() {
        StringBuilder s = new StringBuilder();
        for (SurveyColumn c : SurveyColumn.values()) {
            s.append(s.isEmpty() ? "" : ", ").append(c.header());
        }
        return s.toString();
    }

    @Override
    public Iterator<Row> iterator() {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                try {
                    return records.hasNext();
                } catch (UncheckedIOException e) {
                    throw new UnreadableFile("the file is not CSV after line "
                            + parser.getRecordNumber(), e);
                }
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                CSVRecord record;
                try {
                    record = records.next();
                } catch (UncheckedIOException e) {
                    throw new UnreadableFile("the file is not CSV after line "
                            + parser.getRecordNumber(), e);
                }
                boolean notUtf8 = false;
                for (String value : record) {
                    notUtf8 |= value.indexOf(REPLACEMENT) >= 0;
                }
                Map<SurveyColumn, String> fields = new EnumMap<>(SurveyColumn.class);
                positions.forEach((column, i) -> fields.put(column, i < record.size() ? record.get(i) : null));
                return new Row(record.getRecordNumber(), fields, record.size(), width, notUtf8);
            }
        };
    }

    /** The header's number of columns. */
    public int width() {
        return width;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void skipByteOrderMark(BufferedInputStream in) throws IOException {
        in.mark(3);
        if (!(in.read() == 0xEF && in.read() == 0xBB && in.read() == 0xBF)) {
            in.reset();
        }
    }

    /** The file stopped being readable part way (an unclosed quote): the job cannot go on. */
    public static final class UnreadableFile extends RuntimeException {
        UnreadableFile(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
