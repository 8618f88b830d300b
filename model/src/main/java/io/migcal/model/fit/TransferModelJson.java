package io.migcal.model.fit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.migcal.model.measure.FitObservation;
import java.util.List;

/**
 * Builds {@code transfer-model.json} from a fit report (schema in {@code docs/record-schema.md}). It
 * holds no timestamp, so the same data and code give the same bytes.
 */
final class TransferModelJson {
    static final int SCHEMA_VERSION = 1;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TransferModelJson() {
    }

    static ObjectNode of(FitReport report, String migcalVersion) {
        FamilyFit chosen = report.chosen();
        ObjectNode root = NODES.objectNode();
        root.put("schema_version", SCHEMA_VERSION);
        root.put("migcal_version", migcalVersion);
        root.put("input_file", fileName(report.data().sourceName()));
        root.put("input_sha256", report.data().inputSha256());
        root.put("rtt_column", report.data().rttColumn());
        root.put("family", chosen.family().name());
        root.put("selection", report.selectionReason());
        List<FitObservation> observations = report.data().observations();
        family(root, chosen, observations);
        ((ObjectNode) root.get("fit")).put("n_skipped", report.data().skippedRows());
        noise(root.putObject("noise"), report.noise());
        root.put("interval_method", FittedModel.INTERVAL_METHOD);
        ObjectNode range = root.putObject("range");
        FitRange fitRange = chosen.model().range();
        minMax(range.putObject("rtt_ms"), fitRange.rttMinMs(), fitRange.rttMaxMs());
        minMax(range.putObject("guest_used_bytes"), fitRange.guestUsedMinBytes(), fitRange.guestUsedMaxBytes());
        ArrayNode comparison = root.putArray("comparison");
        for (FamilyFit fit : report.families()) {
            ObjectNode entry = comparison.addObject();
            entry.put("family", fit.family().name());
            entry.put("identifiable", fit.identifiable());
            if (fit.identifiable()) {
                family(entry, fit, observations);
            } else {
                entry.put("reason", fit.notIdentifiableReason());
                cv(entry.putObject("cv"), fit);
            }
        }
        return root;
    }

    private static void family(ObjectNode node, FamilyFit fit, List<FitObservation> observations) {
        FittedModel model = fit.model();
        FittedParameters fitted = model.parameters();
        node.put("formula", fit.family().formula());
        node.put("residual_scale", fit.family().residualScale().jsonName());
        JsonNumbers.put(node, "residual_sigma", fitted.residualSigma());
        node.put("residual_dof", fitted.residualDof());
        if (fit.family().needsDirtyRate()) {
            JsonNumbers.put(node, "assumed_dirty_rate_bytes_per_s", model.assumedDirtyRateBytesPerS());
        }
        double[] knots = model.family().knotsRttMs();
        if (knots.length > 0) {
            ArrayNode json = node.putArray("knots_rtt_ms");
            for (double knot : knots) {
                json.add(knot);
            }
        }
        parameters(node.putArray("parameters"), model, observations);
        ArrayNode covariance = node.putArray("covariance");
        double[][] c = fitted.covariance();
        for (int i = 0; i < c.length; i++) {
            ArrayNode json = covariance.addArray();
            for (int j = 0; j < c.length; j++) {
                json.add(JsonNumbers.round(c[i][j], Math.sqrt(Math.abs(c[i][i] * c[j][j]))));
            }
        }
        ObjectNode stats = node.putObject("fit");
        stats.put("n", fit.statistics().n());
        JsonNumbers.put(stats, "rmse_s", fit.statistics().rmseS());
        JsonNumbers.put(stats, "mape_pct", fit.statistics().mapePct());
        JsonNumbers.put(stats, "aicc", fit.statistics().aicc());
        cv(stats.putObject("cv"), fit);
    }

    private static void parameters(ArrayNode array, FittedModel model, List<FitObservation> observations) {
        List<ParameterSpec> specs = model.family().parameters();
        FittedParameters fitted = model.parameters();
        for (int i = 0; i < specs.size(); i++) {
            ObjectNode p = array.addObject();
            p.put("name", specs.get(i).name());
            p.put("unit", specs.get(i).unit());
            p.put("identified", fitted.free()[i]);
            if (fitted.free()[i]) {
                double value = fitted.values()[i];
                // 6 digits of the standard error at most: finer ones are where Levenberg-Marquardt stopped
                double scale = fitted.standardError(i);
                JsonNumbers.put(p, "value", value, scale);
                JsonNumbers.put(p, "ci95_low", value - model.confidenceHalfWidth(i), scale);
                JsonNumbers.put(p, "ci95_high", value + model.confidenceHalfWidth(i), scale);
            } else {
                p.putNull("value");
                JsonNumbers.put(p, "ci95_low", model.family().lowerBoundWhenUnbound(i, fitted.values(), observations));
                p.putNull("ci95_high");
                p.put("note", "never the binding limit in the data: only a lower bound is known; predictions treat it as unlimited");
            }
        }
    }

    private static void cv(ObjectNode node, FamilyFit fit) {
        for (CvResult cv : List.of(fit.randomCv(), fit.groupedCv())) {
            ObjectNode scheme = node.putObject(cv.scheme());
            scheme.put("folds", cv.folds());
            JsonNumbers.put(scheme, "mape_pct", cv.mapePct());
            JsonNumbers.put(scheme, "rmse_s", cv.rmseS());
            if (CrossValidation.GROUPED_BY_RTT.equals(cv.scheme()) && cv.available()) {
                JsonNumbers.put(scheme, "interior_mape_pct", cv.interiorMapePct());
                if (cv.interiorOnly()) {
                    scheme.put("levels", "interior only: this family does not extrapolate to a left-out end level");
                }
            }
            if (!cv.available()) {
                scheme.put("unavailable", cv.unavailableReason());
            }
        }
    }

    /** At full precision: a point exactly at a measured bound must stay inside the range. */
    private static void noise(ObjectNode node, NoiseVerdict verdict) {
        JsonNumbers.put(node, "relative_sd", verdict.noise().known() ? verdict.noise().relativeSd() : null);
        node.put("degrees_of_freedom", verdict.noise().degreesOfFreedom());
        node.put("method", "pooled within-cell relative sd of repetitions (cell: one RTT level x one memory level); "
                + "within noise: held-out MAPE <= " + (int) NoiseVerdict.NOISE_MULTIPLE + " x relative sd");
        JsonNumbers.put(node, "held_out_mape_pct", verdict.heldOutMapePct());
        if (verdict.withinNoise() == null) {
            node.putNull("within_noise");
        } else {
            node.put("within_noise", verdict.withinNoise());
        }
        ArrayNode levels = node.putArray("held_out_by_rtt_level");
        for (NoiseVerdict.LevelError level : verdict.levels()) {
            ObjectNode entry = levels.addObject();
            JsonNumbers.put(entry, "rtt_ms", level.rttMs());
            JsonNumbers.put(entry, "mape_pct", level.mapePct());
            entry.put("within_noise", level.withinNoise());
        }
        ArrayNode next = node.putArray("next_rtt_ms");
        verdict.nextRttMs().forEach(next::add);
    }

    private static void minMax(ObjectNode node, double min, double max) {
        JsonNumbers.putExact(node, "min", min);
        JsonNumbers.putExact(node, "max", max);
    }

    private static String fileName(String source) {
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return source.substring(slash + 1);
    }
}
