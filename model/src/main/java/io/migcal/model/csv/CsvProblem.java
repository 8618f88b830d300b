package io.migcal.model.csv;

import io.migcal.model.BadInputException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns what commons-csv could not parse into one line naming the file, the line (and column) and the fix. */
final class CsvProblem {
    /** commons-csv writes its numbers with the default locale's grouping (%,d): 800,060 or 800.060. */
    private static final String GROUPED_NUMBER = "(\\d[\\d.,'\u00a0\u202f]*)";
    private static final Pattern POSITION = Pattern.compile("position: " + GROUPED_NUMBER);
    private static final Pattern START_LINE = Pattern.compile("\\(startline " + GROUPED_NUMBER + "\\)");

    private CsvProblem() {
    }

    /**
     * @param recordLine the line the failing record starts on, used when the parser's message names no
     *     position of its own
     */
    static BadInputException of(String source, LineTracker lines, Exception parserError, int recordLine) {
        String message = String.valueOf(parserError.getMessage());
        Matcher position = POSITION.matcher(message);
        if (message.contains("between encapsulated token and delimiter") && position.find()) {
            long at = number(position.group(1)) - 1; // the parser has already read the offending character
            return new BadInputException(source + ":" + lines.line(at) + ":" + lines.column(at) + ": text follows the "
                    + "closing quote of a cell; quote the whole cell and double every quote inside it (\"a \"\"b\"\" c\")",
                    parserError);
        }
        Matcher start = START_LINE.matcher(message);
        if (message.contains("EOF reached before encapsulated token finished")) {
            String line = Long.toString(start.find() ? number(start.group(1)) : recordLine);
            return new BadInputException(source + ":" + line + ": a quoted cell that starts on this line is never "
                    + "closed; end it with a '\"' (a quote inside a quoted cell is written \"\")", parserError);
        }
        return new BadInputException(source + ":" + recordLine + ": not readable as CSV ("
                + message.replace('\n', ' ') + ")", parserError);
    }

    private static long number(String grouped) {
        return Long.parseLong(grouped.replaceAll("\\D", ""));
    }
}
