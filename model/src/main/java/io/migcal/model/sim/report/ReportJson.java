package io.migcal.model.sim.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.migcal.model.sim.run.Metric;
import io.migcal.model.sim.run.PolicyRuns;
import io.migcal.model.sim.run.Summary;

/**
 * The JSON form: for each policy, each metric as {mean, sd, ci95_low, ci95_high} plus the run
 * count; with {@code --compare}, paired differences against the first policy. Unknown spreads
 * (one run) are null.
 */
public final class ReportJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() {
    }

    public static String write(SimulationReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("scenario", report.scenario());
        root.put("seed", report.seed());
        root.put("runs", report.runs());
        root.put("transfer_model", report.transferModel());
        ArrayNode policies = root.putArray("policies");
        for (PolicyRuns runs : report.policies()) {
            ObjectNode node = policies.addObject();
            node.put("policy", runs.policy());
            node.put("runs", runs.runs().size());
            for (Metric metric : Metric.values()) {
                summary(node.putObject(metric.key()), runs.summary(metric));
            }
        }
        if (report.compared()) {
            PolicyRuns baseline = report.policies().get(0);
            ArrayNode comparisons = root.putArray("paired_differences");
            for (PolicyRuns runs : report.policies().subList(1, report.policies().size())) {
                ObjectNode node = comparisons.addObject();
                node.put("policy", runs.policy());
                node.put("minus", baseline.policy());
                node.put("runs", runs.runs().size());
                for (Metric metric : Metric.values()) {
                    summary(node.putObject(metric.key()), runs.pairedDifference(baseline, metric));
                }
            }
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void summary(ObjectNode node, Summary s) {
        number(node, "mean", s.mean());
        number(node, "sd", s.sd());
        number(node, "ci95_low", s.ci95Low());
        number(node, "ci95_high", s.ci95High());
    }

    private static void number(ObjectNode node, String key, double value) {
        if (Double.isFinite(value)) {
            node.put(key, value);
        } else {
            node.putNull(key);
        }
    }
}
