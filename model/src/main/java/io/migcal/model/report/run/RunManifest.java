package io.migcal.model.report.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.migcal.model.BadInputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The facts of a run's {@code manifest.json} a report shows. Only named settings are taken (an allow
 * list), so credentials, key paths and endpoints in the manifest's config never reach a report.
 */
public record RunManifest(List<Fact> facts, OptionalDouble timeCompression) {

    /** One setting and its value as text. */
    public record Fact(String setting, String value) {
    }

    private static final List<String> RUN_FIELDS = List.of("run_id", "migcal_version", "jdk", "seed", "order",
            "samples_planned", "time_compression", "started_at", "ended_at", "ending", "end_message");
    private static final List<String> CONFIG_FIELDS = List.of("proxmox.driver", "delay.kind", "delay.split",
            "delay.link_rate_mbit", "delay.queue_limit_packets", "delay.disable_offloads", "guest_load.method",
            "qmp.max_bandwidth_bytes_per_s", "qmp.downtime_limit_ms", "sweep.rtt_ms", "sweep.fill_bytes",
            "sweep.repetitions", "sweep.settle_s");

    public RunManifest {
        facts = List.copyOf(facts);
    }

    static RunManifest read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new BadInputException(file + ": not valid JSON (" + e.getMessage().lines().findFirst().orElse("")
                    + "); restore the manifest.json the sweep wrote, or move it away for a report without it", e);
        }
        List<Fact> facts = new ArrayList<>();
        RUN_FIELDS.forEach(field -> add(facts, field, root.path(field)));
        eachField(root.path("lab_versions"), (name, value) -> add(facts, "lab_versions." + name, value));
        for (String path : CONFIG_FIELDS) {
            add(facts, "config." + path, root.path("config").at("/" + path.replace('.', '/')));
        }
        eachField(root.path("config").path("qmp").path("host_settings"),
                (name, value) -> add(facts, "config.qmp.host_settings." + name, value));
        refinements(facts, root.path("refinements"));
        JsonNode compression = root.path("time_compression");
        return new RunManifest(facts, compression.isNumber() ? OptionalDouble.of(compression.asDouble())
                : OptionalDouble.empty());
    }

    /**
     * One fact per {@code sweep --refine}: the config shows the grid the run began with, so the levels
     * added since, when, and on whose recommendation, are listed after it.
     */
    private static void refinements(List<Fact> facts, JsonNode refinements) {
        int index = 1;
        for (JsonNode refinement : refinements) {
            List<String> levels = new ArrayList<>();
            refinement.path("added_rtt_ms").forEach(level -> levels.add(level.decimalValue().stripTrailingZeros().toPlainString()));
            JsonNode recommendation = refinement.path("recommendation");
            String from = recommendation.isObject()
                    ? recommendation.path("model_file").asText() + " (" + recommendation.path("family").asText() + ")"
                    : refinement.path("source").asText();
            facts.add(new Fact("refinements." + index++, refinement.path("added_at").asText() + ": + RTT "
                    + String.join(", ", levels) + " ms (" + refinement.path("samples_added").asText()
                    + " samples) from " + from));
        }
    }

    private static void add(List<Fact> facts, String setting, JsonNode value) {
        if (value.isMissingNode() || value.isNull() || value.isObject()) {
            return;
        }
        String text = value.isArray() ? arrayText(value) : value.asText();
        facts.add(new Fact(setting, text));
    }

    private static String arrayText(JsonNode array) {
        List<String> items = new ArrayList<>();
        array.forEach(item -> items.add(item.asText()));
        return String.join(", ", items);
    }

    private static void eachField(JsonNode object, java.util.function.BiConsumer<String, JsonNode> action) {
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            action.accept(field.getKey(), field.getValue());
        }
    }
}
