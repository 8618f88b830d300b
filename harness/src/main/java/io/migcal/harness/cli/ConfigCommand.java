package io.migcal.harness.cli;

import io.migcal.harness.config.InventoryImporter;
import io.migcal.harness.config.LabConfig;
import io.migcal.harness.config.LabConfigWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code migcal config ...}: work on lab configs. */
@Command(name = "config", description = "Create lab configs.", mixinStandardHelpOptions = true,
        subcommands = ConfigCommand.FromInventory.class)
public final class ConfigCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code migcal config from-inventory inventory.yml [--out lab.yaml]}. */
    @Command(name = "from-inventory", mixinStandardHelpOptions = true,
            description = "Turn an Ansible inventory in migcal's layout into a lab config (sweep section with defaults).")
    static final class FromInventory implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "INVENTORY", description = "the Ansible YAML inventory")
        Path inventory;

        @Option(names = "--out", paramLabel = "LAB_YAML", description = "write here instead of stdout")
        Path out;

        @Override
        public Integer call() throws Exception {
            InventoryImporter importer = new InventoryImporter();
            LabConfig config = importer.importFrom(inventory);
            String yaml = LabConfigWriter.toYaml(config, "migcal lab config, generated from " + inventory.getFileName()
                    + "\nedit the sweep section; every key is explained in harness/lab.example.yaml");
            if (out == null) {
                spec.commandLine().getOut().print(yaml);
            } else {
                Files.writeString(out, yaml, StandardCharsets.UTF_8);
                spec.commandLine().getErr().println("wrote " + out);
            }
            importer.notes().forEach(note -> spec.commandLine().getErr().println("note: " + note));
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
    }
}
