package io.migcal.harness.cli;

import io.migcal.model.MigcalVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code migcal} command line. Each verb is one small class that parses and delegates; this
 * class only lists them and decides how errors reach the user.
 */
@Command(
        name = "migcal",
        mixinStandardHelpOptions = true,
        versionProvider = Migcal.Version.class,
        description = "Measure, model and simulate live migration of virtual machines across sites.",
        subcommands = {
            CommandLine.HelpCommand.class,
            FitCommand.class,
            PredictCommand.class,
            LabCommand.class,
            CheckCommand.class,
            ConfigCommand.class,
            SimulateCommand.class,
            CalibrateCommand.class,
            ReproduceCommand.class,
            ReportCommand.class,
            SweepCommand.class,
        })
public final class Migcal implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one command line and returns its exit code; tests call this instead of {@link #main}. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** A command line wired with migcal's error handling, for the caller to set writers on. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Migcal());
        cli.setExecutionExceptionHandler(new OneLineErrors());
        cli.setParameterExceptionHandler(new OneLineErrors());
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reads the version from the model module, where the build wrote it. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"migcal " + MigcalVersion.current()};
        }
    }
}
