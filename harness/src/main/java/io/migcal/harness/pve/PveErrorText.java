package io.migcal.harness.pve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Turns a failed Proxmox reply into one line: the reason phrase (old PVE), the body's
 * {@code message} (PVE since 2025) unless it repeats the phrase, and each parameter error.
 */
final class PveErrorText {

    private PveErrorText() {
    }

    static String of(String reasonPhrase, String body, ObjectMapper json) {
        List<String> parts = new ArrayList<>();
        addDistinct(parts, reasonPhrase);
        JsonNode root = readQuietly(body, json);
        if (root != null) {
            addDistinct(parts, root.path("message").asText(""));
            Iterator<Map.Entry<String, JsonNode>> errors = root.path("errors").fields();
            while (errors.hasNext()) {
                Map.Entry<String, JsonNode> e = errors.next();
                addDistinct(parts, e.getKey() + ": " + e.getValue().asText());
            }
        }
        return parts.isEmpty() ? "(no reason given)" : String.join("; ", parts);
    }

    private static void addDistinct(List<String> parts, String text) {
        String line = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        if (!line.isEmpty() && parts.stream().noneMatch(p -> p.equalsIgnoreCase(line))) {
            parts.add(line);
        }
    }

    private static JsonNode readQuietly(String body, ObjectMapper json) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return json.readTree(body);
        } catch (IOException e) {
            return null; // an HTML or empty error page: the reason phrase is all there is
        }
    }
}
