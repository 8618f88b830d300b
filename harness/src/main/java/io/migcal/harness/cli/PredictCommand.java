package io.migcal.harness.cli;

import io.migcal.model.BadInputException;
import io.migcal.model.csv.CsvDelimiter;
import io.migcal.model.fit.FittedModel;
import io.migcal.model.fit.PointsPrediction;
import io.migcal.model.fit.Prediction;
import io.migcal.model.fit.TransferModelFile;
import io.migcal.model.measure.PredictionPoint;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code migcal predict}: transfer time with its 95 % prediction interval, for one point or a CSV of points. */
@Command(name = "predict", mixinStandardHelpOptions = true, versionProvider = Migcal.Version.class,
        description = "Predict the transfer time from a transfer-model.json, with a 95% prediction interval.")
public final class PredictCommand implements Callable<Integer> {
    private static final double GIB = 1024.0 * 1024.0 * 1024.0;

    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, description = "transfer-model.json written by migcal fit")
    Path model;

    @Option(names = "--memory-gib", description = "guest used memory in GiB (with --rtt-ms)")
    Double memoryGib;

    @Option(names = "--rtt-ms", description = "round-trip time in ms (with --memory-gib)")
    Double rttMs;

    @Option(names = "--points", description = "CSV with columns guest_used_bytes,rtt_ms")
    Path points;

    @Option(names = "--delimiter", defaultValue = ",", paramLabel = "CHAR",
            description = "cell separator of --points: ',' (default) or ';' (a spreadsheet export whose numbers have "
                    + "decimal commas, such as 2,5); the output is always ',' with decimal points")
    String delimiter;

    @Option(names = "--out", description = "where --points writes its CSV (default: stdout)")
    Path out;

    @Override
    public Integer call() throws Exception {
        FittedModel fitted = TransferModelFile.read(model);
        if (points != null) {
            return predictPoints(fitted);
        }
        if (memoryGib == null || rttMs == null || memoryGib < 0 || rttMs < 0) {
            throw new BadInputException("give --memory-gib and --rtt-ms (both zero or more), or --points <csv>");
        }
        Prediction p = fitted.predict(memoryGib * GIB, rttMs);
        spec.commandLine().getOut().printf(Locale.ROOT, "%.3f s (95%% prediction interval %.3f to %.3f s) for %s GiB at "
                + "%s ms RTT, family %s%n", p.transferTimeS(), p.lowerS(), p.upperS(), memoryGib, rttMs,
                fitted.family().name());
        if (p.extrapolated()) {
            warnOutside(memoryGib * GIB, rttMs, fitted);
        }
        return ExitCode.OK;
    }

    private int predictPoints(FittedModel fitted) throws Exception {
        PointsPrediction.Result result = PointsPrediction.predict(fitted, PointsPrediction.readPoints(points, CsvDelimiter.fromOption(delimiter)));
        if (out == null) {
            spec.commandLine().getOut().print(result.csv());
        } else {
            Files.writeString(out, result.csv(), StandardCharsets.UTF_8);
        }
        for (PredictionPoint point : result.extrapolated()) {
            warnOutside(point.guestUsedBytes(), point.rttMs(), fitted);
        }
        return ExitCode.OK;
    }

    private void warnOutside(double guestUsedBytes, double rtt, FittedModel fitted) {
        PrintWriter err = spec.commandLine().getErr();
        err.printf(Locale.ROOT, "migcal: warning: %.0f bytes at %s ms RTT is outside the fitted range (RTT %s-%s ms, "
                + "%.0f-%.0f bytes); the prediction is an extrapolation%n", guestUsedBytes, rtt,
                fitted.range().rttMinMs(), fitted.range().rttMaxMs(), fitted.range().guestUsedMinBytes(),
                fitted.range().guestUsedMaxBytes());
    }
}
