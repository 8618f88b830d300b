package io.migcal.harness.pve.tasklog;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One task-log line split into its timestamp (null for unprefixed lines such as {@code TASK OK})
 * and its text. Since PVE 5.0 the prefix is {@code YYYY-MM-DD HH:MM:SS}; before, the locale's
 * {@code Nov 24 12:26:41} with no year (read as year 2000, only differences matter).
 */
record LogLine(LocalDateTime at, String text) {
    private static final Pattern ISO = Pattern.compile("^(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d) (.*)$");
    private static final Pattern LEGACY = Pattern.compile("^([A-Z][a-z]{2} [ \\d]\\d \\d\\d:\\d\\d:\\d\\d) (.*)$");
    private static final DateTimeFormatter ISO_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter LEGACY_FORMAT = new DateTimeFormatterBuilder()
            .appendPattern("MMM ppd HH:mm:ss").parseDefaulting(ChronoField.YEAR, 2000).toFormatter(Locale.ENGLISH);

    static LogLine of(String raw) {
        String line = raw.stripTrailing();
        Matcher iso = ISO.matcher(line);
        if (iso.matches()) {
            return new LogLine(LocalDateTime.parse(iso.group(1), ISO_FORMAT), iso.group(2).strip());
        }
        Matcher legacy = LEGACY.matcher(line);
        if (legacy.matches()) {
            return new LogLine(LocalDateTime.parse(legacy.group(1), LEGACY_FORMAT), legacy.group(2).strip());
        }
        return new LogLine(null, line.strip());
    }
}
