package io.migcal.model.sim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reads the {@code rtt:} block: one of {@code matrix-ms}, {@code ms-per-unit-distance} or {@code draw}. */
final class RttReader {
    private RttReader() {
    }

    static RttSpec read(JsonNode node, List<Scenario.Site> sites, Fields f) {
        double intra = f.number(node, "rtt", "intra-site-ms", 0, 0);
        if (node.has("matrix-ms")) {
            return matrix(node, sites.size(), intra, f);
        }
        if (node.has("ms-per-unit-distance")) {
            return new RttSpec.Proportional(f.number(node, "rtt", "ms-per-unit-distance", 0), intra);
        }
        if (node.has("draw")) {
            JsonNode draw = node.get("draw");
            List<Double> candidates = f.numbers(draw, "rtt.draw", "candidates-ms", 0);
            List<Double> weights = f.numbers(draw, "rtt.draw", "weights", 0);
            if (weights.size() != candidates.size()) {
                throw f.bad("rtt.draw.weights", "must have one weight per candidate (" + candidates.size() + ")");
            }
            String by = f.text(draw, "rtt.draw", "by", "random");
            if (!by.equals("random") && !by.equals("distance")) {
                throw f.bad("rtt.draw.by", "must be random or distance, not '" + by + "'");
            }
            return new RttSpec.Draw(candidates, weights, by.equals("distance"),
                    f.number(draw, "rtt.draw", "spread", 1e-6, 1.0), intra);
        }
        throw f.bad("rtt", "needs one of matrix-ms, ms-per-unit-distance or draw");
    }

    private static RttSpec matrix(JsonNode node, int sites, double intra, Fields f) {
        List<JsonNode> rows = f.list(node, "rtt", "matrix-ms");
        if (rows.size() != sites) {
            throw f.bad("rtt.matrix-ms", "must have one row per site (" + sites + "), not " + rows.size());
        }
        List<List<Double>> ms = new ArrayList<>();
        for (int i = 0; i < sites; i++) {
            JsonNode row = rows.get(i);
            if (!row.isArray()) {
                throw f.bad("rtt.matrix-ms[" + i + "]", "must be a list of " + sites + " numbers");
            }
            List<JsonNode> cells = new ArrayList<>();
            row.forEach(cells::add);
            ms.add(f.numbers(cells, "rtt.matrix-ms[" + i + "]", 0));
        }
        for (int i = 0; i < sites; i++) {
            if (ms.get(i).size() != sites) {
                throw f.bad("rtt.matrix-ms[" + i + "]", "must have " + sites + " entries");
            }
            for (int j = 0; j < sites; j++) {
                if (!ms.get(i).get(j).equals(ms.get(j).get(i))) {
                    throw f.bad("rtt.matrix-ms", "must be symmetric: [" + i + "][" + j + "] differs from [" + j + "][" + i + "]");
                }
            }
        }
        return new RttSpec.Matrix(ms, intra);
    }
}
