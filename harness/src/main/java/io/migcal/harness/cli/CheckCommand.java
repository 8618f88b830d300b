package io.migcal.harness.cli;

import io.migcal.harness.config.LabConfig;
import io.migcal.harness.config.LabConfigLoader;
import io.migcal.harness.sweep.LabConnector;
import io.migcal.harness.sweep.LabSession;
import io.migcal.harness.sweep.check.Preflight;
import io.migcal.harness.ssh.SshSessionOpener;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    HostKeyOptions hostKeys = new HostKeyOptions();

    private final Function<SshSessionOpener, LabConnector> connectors;

    public CheckCommand() {
        this.connectors = LabConnectors::real;
    }

    CheckCommand(LabConnector connector) {
        this.connectors = opener -> connector;
    }

    @Override
    public Integer call() throws Exception {
        LabConfig lab = LabConfigLoader.load(config);
        LabConnector connector = connectors.apply(hostKeys.opener(spec.commandLine().getErr()));
        try (LabSession session = connector.connect(lab)) {
            boolean passed = Preflight.runAll(connector.preflight(lab, session), spec.commandLine().getOut());
            return passed ? ExitCode.OK : ExitCode.FAILURE;
        }
    }
}
