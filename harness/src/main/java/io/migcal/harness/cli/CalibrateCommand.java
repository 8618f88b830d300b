package io.migcal.harness.cli;

import io.migcal.model.BadInputException;
import io.migcal.model.sim.calibrate.PaperCalibration;
import io.migcal.model.sim.calibrate.PaperReproductionReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code migcal calibrate}: choose the paper's unstated parameters so that the presets reproduce
 * Tables 3 and 5, and write both presets into {@code --out}; or, with {@code --report}, print the
 * shipped presets beside the tables.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = "Calibrate the paper presets against Tables 3 and 5 (writes paper-2018.yaml and paper-2019.yaml into --out), or --report the shipped ones.")
public final class CalibrateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", description = "directory the two calibrated presets are written to")
    Path out;

    @Option(names = "--samples", defaultValue = "0", description = "random points tried before Nelder-Mead (default: ${DEFAULT-VALUE})")
    int samples;

    @Option(names = "--runs", defaultValue = "2000", description = "simulation runs per evaluation (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--seed", defaultValue = "11", description = "the objective's seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--start", description = "start point: 19 raw values (durations, RAM, interval, threshold, RTT weights, spread, skew, kind weights, two switches)")
    String start;

    @Option(names = "--fixed", description = "unit-cube coordinates held fixed, e.g. 17=1,18=0")
    String fixed;

    @Option(names = "--evaluations", defaultValue = "600", description = "budget of each Nelder-Mead search (default: ${DEFAULT-VALUE})")
    int evaluations;

    @Option(names = "--report", description = "print the shipped presets against Tables 3 and 5 on this many runs (with --seed) instead")
    Integer reportRuns;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        if (reportRuns != null) {
            PaperReproductionReport.print(stdout, reportRuns, seed);
            stdout.flush();
            return ExitCode.OK;
        }
        if (out == null) {
            throw new BadInputException("calibrate needs --out DIR for the two presets (or --report RUNS)");
        }
        PaperCalibration.Result result = new PaperCalibration(stdout).calibrate(new PaperCalibration.Settings(
                samples, runs, seed, start == null ? null : raw(start), fixed, evaluations));
        PaperCalibration.writePresets(result, out);
        stdout.println("wrote " + out.resolve("paper-2018.yaml") + " and " + out.resolve("paper-2019.yaml"));
        stdout.flush();
        return ExitCode.OK;
    }

    private static double[] raw(String text) {
        try {
            return Arrays.stream(text.split(",")).mapToDouble(v -> Double.parseDouble(v.trim())).toArray();
        } catch (NumberFormatException e) {
            throw new BadInputException("--start must be comma-separated numbers, not '" + text + "'");
        }
    }
}
