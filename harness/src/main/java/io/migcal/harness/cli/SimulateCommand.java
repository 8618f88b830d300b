package io.migcal.harness.cli;

import io.migcal.model.BadInputException;
import io.migcal.model.fit.TransferModelFile;
import io.migcal.model.fit.TransferTimePredictor;
import io.migcal.model.sim.policy.MigrationPolicy;
import io.migcal.model.sim.policy.Policies;
import io.migcal.model.sim.report.ReportCsv;
import io.migcal.model.sim.report.ReportJson;
import io.migcal.model.sim.report.ReportTable;
import io.migcal.model.sim.report.SimulationReport;
import io.migcal.model.sim.run.PredictorChoice;
import io.migcal.model.sim.run.SimulationRunner;
import io.migcal.model.sim.scenario.Presets;
import io.migcal.model.sim.scenario.Scenario;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code migcal simulate}: run a placement scenario under one or several policies. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Simulate VM placement with live migration on a scenario file or preset (paper-2018, paper-2019).")
public final class SimulateCommand implements Callable<Integer> {
    /** The output formats. */
    enum Format { table, json, csv }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--scenario", required = true, description = "a scenario file (YAML or JSON) or a preset name")
    String scenario;

    @Option(names = "--policy", description = "one of none, paper-2018, paper-2019, least-transfer (default: paper-2019)")
    String policy;

    @Option(names = "--compare", split = ",", description = "policies run on the same random streams; differences are against the first")
    List<String> compare;

    @Option(names = "--runs", description = "number of runs (default: the scenario's)")
    Integer runs;

    @Option(names = "--seed", description = "the seed (required unless the scenario names one); recorded in the output")
    Long seed;

    @Option(names = "--model", description = "a transfer-model.json from 'migcal fit' (default: the scenario's transfer-model)")
    Path model;

    @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE})")
    Format format;

    private final Function<Path, TransferTimePredictor> readModelFile;

    public SimulateCommand() {
        this(TransferModelFile::read);
    }

    SimulateCommand(Function<Path, TransferTimePredictor> readModelFile) {
        this.readModelFile = readModelFile;
    }

    @Override
    public Integer call() {
        Scenario loaded = Presets.resolve(scenario);
        long chosenSeed = seed != null ? seed : loaded.seed().orElseThrow(() -> new BadInputException(
                "a seed is required: pass --seed S or put 'seed: S' in the scenario"));
        int chosenRuns = runs != null ? runs : loaded.runs();
        if (chosenRuns < 1) {
            throw new BadInputException("--runs must be at least 1, not " + chosenRuns);
        }
        List<MigrationPolicy> policies = policies();
        PredictorChoice predictor = PredictorChoice.of(loaded.transferModel(), model, readModelFile);
        SimulationReport report = new SimulationReport(loaded.name(), chosenSeed, chosenRuns, predictor.label(),
                new SimulationRunner(predictor.predictor()).compare(loaded, policies, chosenRuns, chosenSeed),
                compare != null);
        spec.commandLine().getOut().print(switch (format) {
            case json -> ReportJson.write(report);
            case csv -> ReportCsv.write(report);
            case table -> ReportTable.write(report);
        });
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }

    private List<MigrationPolicy> policies() {
        if (compare != null && policy != null) {
            throw new BadInputException("give either --policy or --compare, not both");
        }
        if (compare != null && compare.size() < 2) {
            throw new BadInputException("--compare needs at least two policies, e.g. --compare none,paper-2019");
        }
        List<String> names = compare != null ? compare : Arrays.asList(policy != null ? policy : "paper-2019");
        return names.stream().map(Policies::byName).toList();
    }
}
