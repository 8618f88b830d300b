package io.migcal.harness.cli;

import io.migcal.harness.config.LabConfig;
import io.migcal.harness.config.LabConfigLoader;
import io.migcal.harness.sweep.LabConnector;
import io.migcal.harness.sweep.LabSession;
import io.migcal.harness.sweep.check.Preflight;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code migcal check --config lab.yaml}: the preflight, one line per check; exit 0 only if all pass. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check that the lab is ready: connectivity, auth, privileges, VM, storage, netem, stress-ng, clocks.")
public final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--config", paramLabel = "LAB_YAML", required = true, description = "the lab config")
    Path config;

    private final LabConnector connector;

    public CheckCommand() {
        this(LabConnectors.real());
    }

    CheckCommand(LabConnector connector) {
        this.connector = connector;
    }

    @Override
    public Integer call() throws Exception {
        LabConfig lab = LabConfigLoader.load(config);
        try (LabSession session = connector.connect(lab)) {
            boolean passed = Preflight.runAll(connector.preflight(lab, session), spec.commandLine().getOut());
            return passed ? ExitCode.OK : ExitCode.FAILURE;
        }
    }
}
