package io.migcal.model.report.run;

import io.migcal.model.measure.MeasurementColumns;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a run's context columns say, in a few lines: each setting (a {@code _before}/{@code _after}
 * pair counts once) with its values and how many rows had each; in {@code settings} those with the same
 * values share a line, {@code bySetting} keeps one entry each (to compare runs). Per-sample counters and free-text columns are named, not tabulated (they stay in the CSV).
 */
record ContextSummary(Map<String, String> settings, Map<String, String> bySetting, List<String> perSample,
        List<String> freeText) {
    private static final List<String> FIXED_CONTEXT = List.of(MeasurementColumns.METHOD,
            MeasurementColumns.QUEUE_LIMIT_PACKETS, MeasurementColumns.POLL_INTERVAL_MS);
    private static final int MAX_LISTED_VALUES = 8;
    private static final int FREE_TEXT_CHARS = 80;

    static ContextSummary of(RunTable table) {
        Map<String, List<String>> byBase = new LinkedHashMap<>();
        for (String column : table.columns()) {
            if (FIXED_CONTEXT.contains(column) || !MeasurementColumns.FIXED.contains(column)) {
                byBase.computeIfAbsent(base(column), b -> new ArrayList<>()).add(column);
            }
        }
        Map<String, String> settings = new LinkedHashMap<>();
        Map<String, String> single = new LinkedHashMap<>();
        List<String> perSample = new ArrayList<>();
        List<String> freeText = new ArrayList<>();
        for (Map.Entry<String, List<String>> entry : byBase.entrySet()) {
            List<String> values = values(table, entry.getValue());
            Map<String, Long> counts = values.stream()
                    .collect(Collectors.groupingBy(v -> v, LinkedHashMap::new, Collectors.counting()));
            if (values.stream().anyMatch(v -> v.length() > FREE_TEXT_CHARS)) {
                freeText.add(entry.getKey());
            } else if (counts.size() > MAX_LISTED_VALUES) {
                perSample.add(entry.getKey());
            } else if (!counts.isEmpty()) {
                String described = describe(counts, changedRows(table, entry.getValue()));
                single.put(entry.getKey(), described);
                settings.merge(described, entry.getKey(), (a, b) -> a + ", " + b);
            }
        }
        Map<String, String> grouped = new LinkedHashMap<>();
        settings.forEach((valuesText, names) -> grouped.put(names, valuesText));
        return new ContextSummary(grouped, single, perSample, freeText);
    }

    /** Numbers in numeric order, then text in text order. */
    private static int numbersFirst(String a, String b) {
        Double x = number(a);
        Double y = number(b);
        if (x != null && y != null) {
            return Double.compare(x, y);
        }
        return x != null ? -1 : y != null ? 1 : a.compareTo(b);
    }

    private static Double number(String text) {
        try {
            return Double.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@code node_a_tcp_cc_before} and {@code node_a_tcp_cc_after} are one setting, {@code node_a_tcp_cc}. */
    static String base(String column) {
        return column.replaceFirst("_(before|after)$", "");
    }

    /** One value per row: the value before the migration where there is a pair (changes are counted apart). */
    private static List<String> values(RunTable table, List<String> columns) {
        List<String> values = new ArrayList<>();
        for (Map<String, String> row : table.rows()) {
            columns.stream().map(column -> row.getOrDefault(column, "").trim()).filter(v -> !v.isEmpty())
                    .findFirst().ifPresent(values::add);
        }
        return values;
    }

    /** Rows whose value after the migration differs from the value before it. */
    private static long changedRows(RunTable table, List<String> columns) {
        if (columns.size() != 2) {
            return 0;
        }
        return table.rows().stream().filter(row -> {
            String before = row.getOrDefault(columns.get(0), "").trim();
            String after = row.getOrDefault(columns.get(1), "").trim();
            return !before.isEmpty() && !after.isEmpty() && !before.equals(after);
        }).count();
    }

    private static String describe(Map<String, Long> counts, long changedRows) {
        String values = counts.size() == 1 ? counts.keySet().iterator().next()
                : counts.entrySet().stream().sorted(Map.Entry.comparingByKey(ContextSummary::numbersFirst))
                        .map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", "));
        return changedRows == 0 ? values
                : values + String.format(Locale.ROOT, "; changed during %d samples", changedRows);
    }
}
