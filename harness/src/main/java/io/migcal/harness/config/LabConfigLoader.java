package io.migcal.harness.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.migcal.model.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Reads a lab config and turns every problem into one line naming the file and the key path:
 * a missing file, text that is not YAML, an unknown key, a value of the wrong shape, a check that
 * failed in a record's constructor.
 */
public final class LabConfigLoader {
    private LabConfigLoader() {
    }

    public static LabConfig load(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException("lab config " + file + " does not exist; give the path of your lab YAML "
                    + "(see harness/lab.example.yaml)");
        } catch (IOException e) {
            throw new BadInputException("lab config " + file + " cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        return parse(text, file.toString());
    }

    /** Parses YAML text; {@code origin} names it in messages. */
    public static LabConfig parse(String text, String origin) {
        try {
            JsonNode tree = LabConfigMapper.yaml().readTree(text);
            return fromTree(tree, origin);
        } catch (JsonProcessingException e) {
            throw new BadInputException(origin + " is not valid YAML: " + firstLine(e.getOriginalMessage())
                    + location(e));
        }
    }

    /** Binds an already parsed tree (YAML, or the manifest's JSON) to the records. */
    public static LabConfig fromTree(JsonNode tree, String origin) {
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            throw new BadInputException(origin + " is empty; start from harness/lab.example.yaml");
        }
        if (!tree.isObject()) {
            throw new BadInputException(origin + ": the top level must be a mapping of keys "
                    + "(proxmox, ssh, migration, delay, guest_load, sweep, output, reconnect)");
        }
        try {
            return LabConfigMapper.yaml().treeToValue(tree, LabConfig.class);
        } catch (JsonMappingException e) {
            throw new BadInputException(origin + ": " + describe(e));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new BadInputException(origin + ": " + firstLine(e.getMessage()));
        }
    }

    private static String describe(JsonMappingException e) {
        String path = keyPath(e);
        BadInputException own = badInputCause(e);
        if (own != null) {
            return (path.isEmpty() ? "" : "at '" + path + "': ") + own.getMessage();
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds().stream().map(Object::toString).sorted()
                    .collect(Collectors.joining(", "));
            return "unknown key '" + path + "' (known here: " + known + ")";
        }
        if (e instanceof InvalidFormatException invalid) {
            return "key '" + path + "' has value '" + invalid.getValue() + "', which is not a valid "
                    + simpleName(invalid.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatched) {
            return "key '" + path + "' has the wrong shape: expected " + expected(mismatched.getTargetType());
        }
        return "key '" + path + "': " + firstLine(e.getOriginalMessage());
    }

    private static String keyPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static BadInputException badInputCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BadInputException bad) {
                return bad;
            }
        }
        return null;
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "another kind of value";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (java.util.Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "a mapping of keys";
        }
        return "a " + simpleName(type);
    }

    private static String simpleName(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "number";
        }
        if (type.isEnum()) {
            return "choice (one of " + java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> c.toString().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                    .collect(Collectors.joining(", ")) + ")";
        }
        return type == String.class ? "text" : type.getSimpleName();
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        return message.lines().findFirst().orElse("").strip();
    }
}
