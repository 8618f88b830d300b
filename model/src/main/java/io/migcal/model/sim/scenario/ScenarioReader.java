package io.migcal.model.sim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.migcal.model.BadInputException;
import io.migcal.model.sim.engine.EngineSettings;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** Reads a scenario written in YAML or JSON (JSON is YAML), checking every value. */
public final class ScenarioReader {
    static final double GIB = 1024.0 * 1024 * 1024;
    static final double MIB = 1024.0 * 1024;
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private ScenarioReader() {
    }

    public static Scenario read(String text, String source) {
        JsonNode root;
        try {
            root = YAML.readTree(text);
        } catch (IOException e) {
            throw new BadInputException("scenario " + source + " is not valid YAML or JSON: "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
        if (root == null || !root.isObject()) {
            throw new BadInputException("scenario " + source + " must be a YAML mapping (name:, sites:, vms:, ...)");
        }
        return parse(root, new Fields(source));
    }

    private static Scenario parse(JsonNode root, Fields f) {
        List<Scenario.Site> sites = sites(root, f);
        List<Scenario.WorkloadKind> workloads = workloads(root, f);
        JsonNode thresholds = f.required(root, "", "thresholds");
        JsonNode migration = root.has("migration") ? root.get("migration") : YAML.createObjectNode();
        EngineSettings engine = new EngineSettings(
                f.number(thresholds, "thresholds", "rtt-ms", 0),
                f.choice(migration, "migration", "source-freed", EngineSettings.SourceFreed.AT_END),
                f.choice(migration, "migration", "vm-during-transfer", EngineSettings.VmDuringTransfer.WORKS),
                f.choice(root, "", "launch", EngineSettings.Launch.SEQUENTIAL),
                f.choice(root, "", "processing-end", EngineSettings.ProcessingEnd.LAST_LAUNCHED),
                terms(migration, f));
        Scenario draft = new Scenario(f.text(root, "", "name", "unnamed"), sites,
                RttReader.read(f.required(root, "", "rtt"), sites, f), null, workloads,
                arrivals(f.required(root, "", "arrivals"), f),
                f.number(thresholds, "thresholds", "server-memory-fraction", 0),
                engine, f.text(root, "", "transfer-model", "default"),
                (int) f.number(root, "", "runs", 1, 5), seed(root, f),
                f.choice(root, "", "admission", Scenario.Admission.ALLOCATED));
        return withVms(draft, VmReader.read(f.required(root, "", "vms"), draft, f));
    }

    /** migration: work-slowdown (0-1), downtime-s, hold-min (ping-pong guard), plan-with (point|upper). */
    private static EngineSettings.MigrationTerms terms(JsonNode migration, Fields f) {
        double slowdown = f.number(migration, "migration", "work-slowdown", 0, 0);
        if (slowdown > 1) {
            throw f.bad("migration.work-slowdown", "must be a share of the VM's speed between 0 and 1, not " + slowdown);
        }
        return new EngineSettings.MigrationTerms(slowdown, f.number(migration, "migration", "downtime-s", 0, 0),
                f.number(migration, "migration", "hold-min", 0, 0) * 60,
                f.choice(migration, "migration", "plan-with", EngineSettings.PlanWith.POINT));
    }

    private static Scenario withVms(Scenario s, VmSpec vms) {
        return new Scenario(s.name(), s.sites(), s.rtt(), vms, s.workloads(), s.arrivals(),
                s.memoryThresholdFraction(), s.engine(), s.transferModel(), s.runs(), s.seed(), s.admission());
    }

    private static List<Scenario.Site> sites(JsonNode root, Fields f) {
        List<Scenario.Site> sites = new ArrayList<>();
        List<JsonNode> items = f.list(root, "", "sites");
        for (int i = 0; i < items.size(); i++) {
            String path = "sites[" + i + "]";
            JsonNode site = items.get(i);
            List<Long> servers = new ArrayList<>();
            for (double gib : f.numbers(site, path, "servers-memory-gib", 0)) {
                servers.add(Math.round(gib * GIB));
            }
            sites.add(new Scenario.Site(f.text(site, path, "name", "site-" + i),
                    f.number(site, path, "position", -Double.MAX_VALUE, i), servers));
        }
        return sites;
    }

    private static List<Scenario.WorkloadKind> workloads(JsonNode root, Fields f) {
        List<Scenario.WorkloadKind> kinds = new ArrayList<>();
        List<JsonNode> items = f.list(root, "", "workloads");
        for (int i = 0; i < items.size(); i++) {
            String path = "workloads[" + i + "]";
            JsonNode kind = items.get(i);
            kinds.add(new Scenario.WorkloadKind(f.text(kind, path, "name", "kind-" + i),
                    f.number(kind, path, "duration-min", 0) * 60, f.number(kind, path, "ram-gib", 0) * GIB,
                    f.number(kind, path, "weight", 0, 1),
                    kind.has("dirty-rate-mib-per-s") ? f.number(kind, path, "dirty-rate-mib-per-s", 0) * MIB : Double.NaN));
        }
        return kinds;
    }

    private static Scenario.ArrivalSpec arrivals(JsonNode node, Fields f) {
        String kind = f.text(node, "arrivals", "kind", "constant");
        return switch (kind) {
            case "constant" -> new Scenario.ArrivalSpec(false, f.number(node, "arrivals", "interval-min", 0) * 60);
            case "exponential" -> new Scenario.ArrivalSpec(true, f.number(node, "arrivals", "mean-min", 0) * 60);
            default -> throw f.bad("arrivals.kind", "must be constant or exponential, not '" + kind + "'");
        };
    }

    private static OptionalLong seed(JsonNode root, Fields f) {
        JsonNode node = root.get("seed");
        if (node == null || node.isNull()) {
            return OptionalLong.empty();
        }
        if (!node.canConvertToLong() || !node.isIntegralNumber()) {
            throw f.bad("seed", "must be a whole number");
        }
        return OptionalLong.of(node.longValue());
    }
}
