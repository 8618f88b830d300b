package io.migcal.model.csv;

import io.migcal.model.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV read record by record, never whole, so a reader's memory does not grow with the file: the
 * header (names trimmed), then the data rows one at a time, each with the line it starts on. RFC 4180:
 * quoted cells may hold the delimiter, quotes ({@code ""}) and line breaks; lines may end with CRLF or
 * LF; empty lines are skipped; every row must have one cell per header column. A file is read as UTF-8
 * without the byte-order mark that spreadsheet exports ("CSV UTF-8") put first, and its SHA-256 is
 * taken over its bytes as they pass.
 *
 * <p>A problem in the header or the first record is raised when the stream is opened; a problem in a
 * row when {@link #next} reaches it, so a reader that checks the header first names a file separated by
 * another delimiter as such rather than as a row with too many or too few cells.
 */
public final class CsvStream implements AutoCloseable {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final String source;
    private final CsvDelimiter delimiter;
    private final LineTracker lines;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final DigestInputStream digest;
    private final List<String> header;
    private int nextLine = 1;

    private CsvStream(String source, Reader text, DigestInputStream digest, CsvDelimiter delimiter) throws IOException {
        this.source = source;
        this.delimiter = delimiter;
        this.digest = digest;
        this.lines = new LineTracker(withoutByteOrderMark(text));
        this.parser = CSVParser.parse(lines, format(delimiter));
        this.records = parser.iterator();
        CSVRecord first = nextRecord();
        this.header = first == null ? List.of() : first.stream().map(String::trim).toList();
    }

    /** Opens {@code file}; {@code option} is the command-line option that named it, for the error message. */
    public static CsvStream open(Path file, String option, CsvDelimiter delimiter) {
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ":0: no such file; check the " + option + " path", e);
        } catch (IOException e) {
            throw new BadInputException(file + ":0: cannot read the file (" + e.getMessage() + ")", e);
        }
        DigestInputStream digest = new DigestInputStream(in, sha256Digest());
        try {
            return new CsvStream(file.toString(), new InputStreamReader(digest, StandardCharsets.UTF_8), digest,
                    delimiter);
        } catch (IOException | RuntimeException e) {
            closeQuietly(in);
            throw e instanceof BadInputException bad ? bad
                    : new BadInputException(file + ":0: cannot read the file (" + e.getMessage() + ")", e);
        }
    }

    /** Reads text already in memory ({@code source} names it in messages). */
    public static CsvStream of(String source, String text, CsvDelimiter delimiter) {
        try {
            return new CsvStream(source, new java.io.StringReader(text), null, delimiter);
        } catch (IOException e) {
            throw new UncheckedIOException("a string reader does not fail", e);
        }
    }

    static CSVFormat format(CsvDelimiter delimiter) {
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter.character()).setIgnoreEmptyLines(true).get();
    }

    /** The next data row, or null at the end of the file; throws the problem found in it. */
    public CsvRow next() {
        while (true) {
            CSVRecord record = nextRecord();
            if (record == null) {
                return null;
            }
            if (!isBlankLine(record)) {
                int line = lines.line(record.getCharacterPosition());
                return new CsvRow(line, checkedWidth(line, record));
            }
        }
    }

    private CSVRecord nextRecord() {
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            lines.forgetBefore(record.getCharacterPosition());
            nextLine = (int) parser.getCurrentLineNumber() + 1;
            return record;
        } catch (UncheckedIOException e) {
            throw CsvProblem.of(source, lines, e.getCause(), nextLine);
        }
    }

    /** A line of spaces between rows is no row; in a one-column table an empty cell is a value. */
    private boolean isBlankLine(CSVRecord record) {
        return record.size() == 1 && header.size() > 1 && record.get(0).isBlank();
    }

    private List<String> checkedWidth(int line, CSVRecord record) {
        if (record.size() == header.size()) {
            return List.of(record.values()); // toList() collects a stream into a growing list, per row
        }
        String fix = record.size() > header.size()
                ? "a cell that holds a '" + delimiter.character() + "' must be quoted (\"a" + delimiter.character() + " b\")"
                : "every row needs one cell per column (leave a cell empty, do not leave it out)";
        throw new BadInputException(source + ":" + line + ": has " + record.size() + " cells but the header has "
                + header.size() + " columns; " + fix);
    }

    public String source() {
        return source;
    }

    public CsvDelimiter delimiter() {
        return delimiter;
    }

    public List<String> header() {
        return header;
    }

    public boolean isEmpty() {
        return header.isEmpty() || header.size() == 1 && header.get(0).isEmpty();
    }

    /** The index of a header column, or -1. */
    public int column(String name) {
        return header.indexOf(name);
    }

    /**
     * The one-line error for a required column that is not in the header ({@code anyOf}: its name, then
     * the names that may stand in for it); see {@link MissingColumn}.
     */
    public BadInputException missingColumn(String needs, String... anyOf) {
        return MissingColumn.problem(source, delimiter, header, needs, anyOf);
    }

    /** The SHA-256 of the file's bytes, hex: reads what the parser has not read yet, to the end. */
    public String sha256() {
        if (digest == null) {
            throw new IllegalStateException(source + " is text in memory, not a file");
        }
        try {
            digest.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new BadInputException(source + ": cannot read the file (" + e.getMessage() + ")", e);
        }
        return HexFormat.of().formatHex(digest.getMessageDigest().digest());
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reader withoutByteOrderMark(Reader text) throws IOException {
        PushbackReader reader = new PushbackReader(text, 1);
        int first = reader.read();
        if (first >= 0 && first != BYTE_ORDER_MARK) {
            reader.unread(first);
        }
        return reader;
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // the open failed already; that is the error to report
        }
    }
}
