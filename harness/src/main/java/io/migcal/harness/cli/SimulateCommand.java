package io.migcal.harness.cli;

import io.migcal.model.BadInputException;
import io.migcal.model.fit.TransferModelFile;
import io.migcal.model.fit.TransferTimePredictor;
import io.migcal.model.sim.engine.EngineSettings;
import io.migcal.model.sim.policy.MigrationPolicy;
import io.migcal.model.sim.policy.Policies;
import io.migcal.model.sim.report.ReportCsv;
import io.migcal.model.sim.report.ReportJson;
import io.migcal.model.sim.report.ReportTable;
import io.migcal.model.sim.report.SimulationReport;
import io.migcal.model.sim.run.Metric;
import io.migcal.model.sim.run.PolicyRuns;
import io.migcal.model.sim.run.PredictorChoice;
import io.migcal.model.sim.run.SimulationRunner;
import io.migcal.model.sim.scenario.Presets;
import io.migcal.model.sim.scenario.Scenario;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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

    @Option(names = "--policy", description = "one of none, paper-2018, paper-2019, least-transfer, with readings as"
            + " options, e.g. paper-2019:destination=least-loaded-then-rtt:trigger=started-server (default: paper-2019)")
    String policy;

    @Option(names = "--compare", split = ",", description = "policies run on the same random streams; differences are against the first")
    List<String> compare;

    @Option(names = "--runs", description = "number of runs (default: the scenario's)")
    Integer runs;

    @Option(names = "--seed", description = "the seed (required unless the scenario names one); recorded in the output")
    Long seed;

    @Option(names = "--model", description = "a transfer-model.json from 'migcal fit' (default: the scenario's transfer-model)")
    Path model;

    @Option(names = "--compare-models", split = ",", description = "transfer-model.json files run with one policy on the"
            + " same random streams; differences are against the first")
    List<Path> compareModels;

    @Option(names = "--plan-with", description = "what policies plan with: point (the prediction) or upper (its 95 %"
            + " interval's upper bound); default: the scenario's migration.plan-with, else point")
    EngineSettings.PlanWith planWith;

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
        Scenario chosen = planWith == null ? loaded
                : loaded.withEngine(loaded.engine().withTerms(loaded.engine().terms().withPlanWith(planWith)));
        SimulationReport report = compareModels != null ? modelComparison(chosen, chosenSeed, chosenRuns)
                : policyRuns(chosen, chosenSeed, chosenRuns);
        warnOfExtrapolation(report);
        spec.commandLine().getOut().print(switch (format) {
            case json -> ReportJson.write(report);
            case csv -> ReportCsv.write(report);
            case table -> ReportTable.write(report);
        });
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }

    private SimulationReport policyRuns(Scenario scenario, long seed, int runs) {
        List<MigrationPolicy> policies = policies();
        PredictorChoice predictor = PredictorChoice.of(scenario.transferModel(), model, readModelFile);
        return new SimulationReport(scenario.name(), seed, runs, predictor.label(),
                new SimulationRunner(predictor.predictor()).compare(scenario, policies, runs, seed), compare != null);
    }

    /** One policy under each model, run r of every model on the same drawn instance. */
    private SimulationReport modelComparison(Scenario scenario, long seed, int runs) {
        if (compare != null || model != null) {
            throw new BadInputException("--compare-models takes one --policy; drop --compare and --model");
        }
        if (compareModels.size() < 2) {
            throw new BadInputException("--compare-models needs at least two files, e.g. --compare-models a.json,b.json");
        }
        MigrationPolicy chosen = Policies.byName(policy != null ? policy : "paper-2019");
        List<PolicyRuns> perModel = compareModels.stream().map(path -> {
            PolicyRuns ran = new SimulationRunner(readModelFile.apply(path)).run(scenario, chosen, runs, seed);
            return new PolicyRuns(path.toString(), ran.runs());
        }).toList();
        return new SimulationReport(scenario.name() + ", policy " + chosen.name(), seed, runs,
                "per row (--compare-models)", perModel, true);
    }

    /** One line on stderr when a model was asked outside the range it was fitted on. */
    private void warnOfExtrapolation(SimulationReport report) {
        double worst = report.policies().stream()
                .mapToDouble(r -> r.summary(Metric.EXTRAPOLATED_QUERY_SHARE).mean()).max().orElse(0);
        if (worst > 0) {
            spec.commandLine().getErr().printf(Locale.ROOT, "warning: up to %.1f %% of transfer-time queries fall"
                    + " outside the memory/RTT range the model was fitted on (extrapolated_query_share);"
                    + " measure that range or plan with --plan-with upper%n", 100 * worst);
            spec.commandLine().getErr().flush();
        }
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
