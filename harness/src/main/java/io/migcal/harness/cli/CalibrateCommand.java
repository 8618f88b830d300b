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
 * {@code migcal calibrate}: choose the paper's unstated parameters so that one preset reproduces its
 * table (paper-2018: Table 3, paper-2019: Table 5), and write that preset into {@code --out}; or, with
 * {@code --report}, print the shipped presets beside the tables.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = "Calibrate a paper preset against its table (--preset paper-2018: Table 3, paper-2019: Table 5; writes PRESET.yaml into --out), or --report the shipped ones.")
public final class CalibrateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--preset", description = "the preset to calibrate: paper-2018 (Table 3) or paper-2019 (Table 5)")
    String preset;

    @Option(names = "--out", description = "directory the calibrated preset is written to")
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
        if (preset == null || out == null) {
            throw new BadInputException("calibrate needs --preset paper-2018|paper-2019 and --out DIR for it (or --report RUNS)");
        }
        PaperCalibration.Result result = new PaperCalibration(stdout).calibrate(new PaperCalibration.Settings(
                preset, samples, runs, seed, start == null ? null : raw(start), fixed, evaluations));
        stdout.println("wrote " + PaperCalibration.writePreset(result, out));
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
