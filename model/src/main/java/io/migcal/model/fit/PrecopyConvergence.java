package io.migcal.model.fit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.migcal.model.measure.ConvergenceEvidence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The dirty rate above which pre-copy does not converge, per RTT level: what the fitted {@code precopy}
 * family says (the rate its stream sends at: the re-send ratio D/R reaches 1) against what the rows
 * say (the highest rate that completed, the lowest still running at the timeout). The estimate is the
 * model's rate when the rows do not contradict it, else the bracket's bound it overshoots: a timeout
 * row at a lower rate is direct evidence, which the fit (on completed rows only) never saw.
 *
 * <p>{@code forcedBy} names a setting that makes QEMU converge past that rate anyway (auto-converge
 * throttles the guest, post-copy stops pre-copying); null when none was on. Then the rates are the
 * stream's, not a limit.
 */
public record PrecopyConvergence(List<Level> levels, String forcedBy) {
    public static final String FILE_NAME = "precopy-convergence.json";
    private static final double MIB = 1024.0 * 1024.0;

    /** One RTT level; null where the model or the rows say nothing. */
    public record Level(double rttMs, Double modelBytesPerS, Double highestConvergedBytesPerS,
            Double lowestNotConvergedBytesPerS, int notConvergedRows, Double estimateBytesPerS, String basis) {
    }

    public PrecopyConvergence {
        levels = List.copyOf(levels);
    }

    /** Combines the fitted precopy family (when it was identifiable) with the rows' evidence. */
    public static PrecopyConvergence of(FitReport report, ConvergenceEvidence evidence) {
        FamilyFit precopy = report.families().stream()
                .filter(f -> f.family().name().equals("precopy") && f.identifiable()).findFirst().orElse(null);
        List<Level> levels = new ArrayList<>();
        for (ConvergenceEvidence.Level e : evidence.levels()) {
            Double model = precopy == null ? null : ((WindowCapFamily) precopy.family())
                    .nonConvergenceDirtyRateBytesPerS(precopy.model().parameters().values(), e.rttMs());
            levels.add(level(e, model));
        }
        return new PrecopyConvergence(levels, null);
    }

    /** The same, for rows measured with {@code setting} on (for example "auto-converge"; null: none). */
    public PrecopyConvergence forcedBy(String setting) {
        return new PrecopyConvergence(levels, setting);
    }

    private static Level level(ConvergenceEvidence.Level e, Double model) {
        Double low = e.highestConvergedBytesPerS();
        Double high = e.lowestNotConvergedBytesPerS();
        Double estimate;
        String basis;
        if (model != null && high != null && model > high) {
            estimate = high;
            basis = "rows: a migration did not converge below the model's rate";
        } else if (model != null && low != null && model < low) {
            estimate = low;
            basis = "rows: a migration converged above the model's rate";
        } else if (model != null) {
            estimate = model;
            basis = high == null ? "model (no row did not converge)" : "model, within the rows' bracket";
        } else {
            estimate = high;
            basis = high == null ? "nothing: no precopy fit and no row that did not converge" : "rows only (no precopy fit)";
        }
        return new Level(e.rttMs(), model, low, high, e.notConvergedRows(), estimate, basis);
    }

    /** The lines `migcal fit` prints. */
    public String render() {
        StringBuilder out = new StringBuilder("pre-copy convergence: dirty rate above which pre-copy does not converge\n");
        for (Level l : levels) {
            out.append(String.format(Locale.ROOT, "  RTT %6.2f ms: %s (%s); model %s; converged up to %s; "
                    + "did not converge from %s (%d rows)%n", l.rttMs(), mib(l.estimateBytesPerS()), l.basis(),
                    mib(l.modelBytesPerS()), mib(l.highestConvergedBytesPerS()), mib(l.lowestNotConvergedBytesPerS()),
                    l.notConvergedRows()));
        }
        if (forcedBy != null) {
            out.append("  ").append(forcedBy).append(" was on: QEMU makes pre-copy converge past these rates, so they are "
                    + "the stream's rates, not a limit\n");
        }
        return out.toString();
    }

    public void write(Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("definition", "dirty rate (bytes/s) above which pre-copy does not converge, per RTT level");
        if (forcedBy == null) {
            root.putNull("forced_convergence_by");
        } else {
            root.put("forced_convergence_by", forcedBy);
        }
        ArrayNode array = root.putArray("levels");
        for (Level l : levels) {
            ObjectNode node = array.addObject();
            node.put("rtt_ms", l.rttMs());
            put(node, "estimate_bytes_per_s", l.estimateBytesPerS());
            node.put("basis", l.basis());
            put(node, "model_bytes_per_s", l.modelBytesPerS());
            put(node, "highest_converged_bytes_per_s", l.highestConvergedBytesPerS());
            put(node, "lowest_not_converged_bytes_per_s", l.lowestNotConvergedBytesPerS());
            node.put("not_converged_rows", l.notConvergedRows());
        }
        Files.writeString(file, mapper.writeValueAsString(root) + "\n");
    }

    private static void put(ObjectNode node, String field, Double value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, Math.round(value));
        }
    }

    private static String mib(Double bytesPerS) {
        return bytesPerS == null ? "n/a" : String.format(Locale.ROOT, "%.1f MiB/s", bytesPerS / MIB);
    }
}
