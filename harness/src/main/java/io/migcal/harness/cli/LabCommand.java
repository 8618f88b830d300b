package io.migcal.harness.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code migcal lab}: the virtual lab's verbs. */
@Command(name = "lab", mixinStandardHelpOptions = true, description = "Run the virtual lab (a Proxmox VE lab on loopback).",
        subcommands = {LabServeCommand.class, LabSoakCommand.class})
public final class LabCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
