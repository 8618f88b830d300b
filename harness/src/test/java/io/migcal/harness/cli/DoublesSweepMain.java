package io.migcal.harness.cli;

import io.migcal.harness.sweep.LabDoubles;
import picocli.CommandLine;

/** {@code migcal sweep} against a lab of doubles whose migrations take 400 ms: the process a test kills. */
public final class DoublesSweepMain {
    private DoublesSweepMain() {
    }

    public static void main(String[] args) {
        LabDoubles lab = new LabDoubles();
        lab.hypervisor.migrationMillis = 400;
        CommandLine cli = new CommandLine(new SweepCommand(SweepCommandTest.connectorTo(lab), lab.clock));
        cli.setExecutionExceptionHandler(new OneLineErrors());
        System.exit(cli.execute(args));
    }
}
