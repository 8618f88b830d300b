package io.migcal.harness.config;

import io.migcal.model.BadInputException;
import java.util.Collection;

/** The checks the config records run in their constructors; each failure names the key to fix. */
final class ConfigChecks {
    private ConfigChecks() {
    }

    static <T> T present(T value, String key) {
        if (value == null) {
            throw new BadInputException("missing key '" + key + "'");
        }
        return value;
    }

    static String presentText(String value, String key) {
        if (value == null || value.isBlank()) {
            throw new BadInputException("missing key '" + key + "' (it must be a non-empty text)");
        }
        return value;
    }

    static <T extends Collection<?>> T nonEmpty(T values, String key) {
        if (values == null || values.isEmpty()) {
            throw new BadInputException("key '" + key + "' must list at least one value");
        }
        return values;
    }

    static double positive(double value, String key) {
        if (!(value > 0)) {
            throw new BadInputException("key '" + key + "' must be > 0, got " + value);
        }
        return value;
    }

    static double nonNegative(double value, String key) {
        if (!(value >= 0)) {
            throw new BadInputException("key '" + key + "' must be >= 0, got " + value);
        }
        return value;
    }

    static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
