package io.migcal.model.sim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import io.migcal.model.BadInputException;
import java.util.ArrayList;
import java.util.List;

/** Reads typed values from a scenario tree; every error names the file and the key path. */
final class Fields {
    private final String source;

    Fields(String source) {
        this.source = source;
    }

    BadInputException bad(String path, String problem) {
        return new BadInputException("scenario " + source + ": " + path + " " + problem);
    }

    JsonNode required(JsonNode parent, String path, String key) {
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            throw bad(join(path, key), "is missing; see the commented example scenario in docs/simulator.md");
        }
        return node;
    }

    double number(JsonNode parent, String path, String key, double min) {
        JsonNode node = required(parent, path, key);
        return checked(node, join(path, key), min);
    }

    double number(JsonNode parent, String path, String key, double min, double fallback) {
        JsonNode node = parent.get(key);
        return node == null || node.isNull() ? fallback : checked(node, join(path, key), min);
    }

    private double checked(JsonNode node, String path, double min) {
        if (!node.isNumber()) {
            throw bad(path, "must be a number, not '" + node.asText() + "'");
        }
        double value = node.doubleValue();
        if (!Double.isFinite(value) || value < min) {
            throw bad(path, "must be a number >= " + min + ", not " + value);
        }
        return value;
    }

    String text(JsonNode parent, String path, String key, String fallback) {
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isValueNode()) {
            throw bad(join(path, key), "must be a single value");
        }
        return node.asText();
    }

    <E extends Enum<E>> E choice(JsonNode parent, String path, String key, E fallback) {
        String value = text(parent, path, key, null);
        if (value == null) {
            return fallback;
        }
        for (E option : fallback.getDeclaringClass().getEnumConstants()) {
            if (option.name().replace('_', '-').equalsIgnoreCase(value)) {
                return option;
            }
        }
        List<String> options = new ArrayList<>();
        for (E option : fallback.getDeclaringClass().getEnumConstants()) {
            options.add(option.name().replace('_', '-').toLowerCase(java.util.Locale.ROOT));
        }
        throw bad(join(path, key), "must be one of " + String.join(", ", options) + ", not '" + value + "'");
    }

    List<JsonNode> list(JsonNode parent, String path, String key) {
        JsonNode node = required(parent, path, key);
        if (!node.isArray() || node.isEmpty()) {
            throw bad(join(path, key), "must be a non-empty list");
        }
        List<JsonNode> items = new ArrayList<>();
        node.forEach(items::add);
        return items;
    }

    List<Double> numbers(JsonNode parent, String path, String key, double min) {
        return numbers(list(parent, path, key), join(path, key), min);
    }

    List<Double> numbers(List<JsonNode> items, String path, double min) {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            values.add(checked(items.get(i), path + "[" + i + "]", min));
        }
        return values;
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
