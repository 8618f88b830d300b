package io.migcal.harness.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.migcal.model.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The fit of a run that {@code sweep --refine} takes its levels from: the {@code transfer-model.json}
 * that {@code migcal fit --out RUN/fit} (or {@code migcal report RUN}) wrote, and only if it was fitted
 * on the rows the run holds now (its {@code input_sha256} is that of {@code measurements.csv}). The
 * sweep does not fit by itself: lab time is expensive, so the user sees the fit's verdict before
 * measuring more, and the refinement records exactly which verdict it followed.
 */
final class RunFit {
    /** Where {@code migcal fit --out RUN/fit} and {@code migcal report RUN} put the model, in that preference. */
    static final List<String> PLACES = List.of("fit/transfer-model.json", "transfer-model.json");

    private RunFit() {
    }

    static FitRecommendation recommendation(RunDirectory run) throws IOException {
        List<Path> present = PLACES.stream().map(run.path()::resolve).filter(Files::isRegularFile).toList();
        String fitCommand = "'migcal fit --data " + run.measurements() + " --out " + run.path().resolve("fit") + "'";
        String byHand = "or give the levels by hand: --rtt-ms 12,25";
        if (present.isEmpty()) {
            throw new BadInputException(run.path() + " has no fit yet (no " + String.join(" or ", PLACES)
                    + "): fit it with " + fitCommand + ", read its verdict, then refine again; " + byHand);
        }
        String sha = sha256(run.measurements());
        for (Path file : present) {
            JsonNode root = read(file);
            if (sha.equals(root.path("input_sha256").asText())) {
                return recommendation(run, file, root, fitCommand, byHand);
            }
        }
        throw new BadInputException(present.get(0) + " was fitted on other rows than " + run.measurements()
                + " holds now (its input_sha256 differs: rows were added since); fit again with " + fitCommand
                + ", then refine; " + byHand);
    }

    private static FitRecommendation recommendation(RunDirectory run, Path file, JsonNode root, String fitCommand,
            String byHand) {
        JsonNode noise = root.path("noise");
        if (!noise.isObject()) {
            throw new BadInputException(file + " has no noise verdict (an older migcal wrote it); fit again with "
                    + fitCommand + "; " + byHand);
        }
        List<Double> next = new ArrayList<>();
        noise.path("next_rtt_ms").forEach(level -> next.add(level.asDouble()));
        Double heldOut = number(noise.path("held_out_mape_pct"));
        Double sd = number(noise.path("relative_sd"));
        FitRecommendation recommendation = new FitRecommendation(run.path().relativize(file).toString(),
                root.path("input_sha256").asText(), root.path("family").asText(), heldOut,
                sd == null ? null : 2 * 100 * sd, next);
        if (!next.isEmpty()) {
            return recommendation;
        }
        if (noise.path("within_noise").asBoolean(false)) {
            throw new NothingToRefineException(file + ": the fit is within the measurement noise ("
                    + recommendation.verdict() + ") and recommends no RTT level, so the model describes this network; to measure more anyway "
                    + "give the levels: --rtt-ms 12,25");
        }
        throw new BadInputException(file + ": the fit cannot judge its error against the noise (" + whyNoVerdict(noise)
                + "), so it recommends no RTT level; " + byHand);
    }

    private static String whyNoVerdict(JsonNode noise) {
        if (noise.path("held_out_by_rtt_level").isEmpty()) {
            return "it needs 3 or more RTT levels and an identifiable family";
        }
        return "no repetitions to estimate the noise from: measure each cell twice or more";
    }

    private static JsonNode read(Path file) {
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new BadInputException(file + ": not valid JSON (" + e.getClass().getSimpleName()
                    + "); fit the run again with migcal fit");
        }
    }

    private static Double number(JsonNode node) {
        return node.isNumber() ? node.asDouble() : null;
    }

    private static String sha256(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return "";
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
