package io.migcal.model.fit;

import com.fasterxml.jackson.databind.JsonNode;
import io.migcal.model.BadInputException;

/** Turns the JSON tree of a {@code transfer-model.json} back into a {@link FittedModel}, checking each field. */
final class TransferModelReader {
    private final String file;
    private final JsonNode root;

    TransferModelReader(String file, JsonNode root) {
        this.file = file;
        this.root = root;
    }

    FittedModel model() {
        int schema = field(root, "schema_version").asInt();
        if (schema != TransferModelJson.SCHEMA_VERSION) {
            throw new BadInputException(file + ": schema_version " + schema + " is not supported (this migcal reads "
                    + TransferModelJson.SCHEMA_VERSION + "); refit with this migcal");
        }
        ModelFamily family = FamilyCatalog.find(field(root, "family").asText()).orElseThrow(
                () -> new BadInputException(file + ": unknown family '" + root.get("family").asText() + "'"));
        if (root.has("knots_rtt_ms")) {
            family = family.withKnots(knots(root.get("knots_rtt_ms")));
        } else if (family.interpolatesOnly()) {
            throw new BadInputException(file + ": family " + family.name() + " needs knots_rtt_ms; pass the "
                    + "transfer-model.json written by migcal fit");
        }
        JsonNode parameters = field(root, "parameters");
        int size = family.parameters().size();
        if (parameters.size() != size) {
            throw new BadInputException(file + ": family " + family.name() + " has " + size + " parameters, the file "
                    + parameters.size());
        }
        double[] values = new double[size];
        boolean[] free = new boolean[size];
        double[][] covariance = new double[size][size];
        JsonNode matrix = field(root, "covariance");
        for (int i = 0; i < size; i++) {
            JsonNode p = parameters.get(i);
            free[i] = field(p, "identified").asBoolean();
            values[i] = free[i] ? number(p, "value") : Double.POSITIVE_INFINITY;
            for (int j = 0; j < size; j++) {
                covariance[i][j] = matrix.path(i).path(j).asDouble();
            }
        }
        FittedParameters fitted = new FittedParameters(values, free, covariance, number(root, "residual_sigma"),
                field(root, "residual_dof").asInt(), Double.NaN);
        JsonNode range = field(root, "range");
        FitRange fitRange = new FitRange(number(field(range, "rtt_ms"), "min"), number(range.get("rtt_ms"), "max"),
                number(field(range, "guest_used_bytes"), "min"), number(range.get("guest_used_bytes"), "max"));
        double dirtyRate = root.has("assumed_dirty_rate_bytes_per_s") ? number(root, "assumed_dirty_rate_bytes_per_s") : 0;
        return new FittedModel(family, fitted, fitRange, dirtyRate);
    }

    private double[] knots(JsonNode array) {
        double[] knots = new double[array.size()];
        for (int i = 0; i < knots.length; i++) {
            if (!array.get(i).isNumber()) {
                throw new BadInputException(file + ": knots_rtt_ms holds a value that is not a number");
            }
            knots[i] = array.get(i).asDouble();
            if (i > 0 && !(knots[i] > knots[i - 1])) {
                throw new BadInputException(file + ": knots_rtt_ms must increase; refit with migcal fit");
            }
        }
        if (knots.length == 0) {
            throw new BadInputException(file + ": knots_rtt_ms is empty; refit with migcal fit");
        }
        return knots;
    }

    private JsonNode field(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new BadInputException(file + ": field " + name + " is missing; pass the transfer-model.json "
                    + "written by migcal fit");
        }
        return value;
    }

    private double number(JsonNode node, String name) {
        JsonNode value = field(node, name);
        if (!value.isNumber()) {
            throw new BadInputException(file + ": field " + name + " is not a number");
        }
        return value.asDouble();
    }
}
