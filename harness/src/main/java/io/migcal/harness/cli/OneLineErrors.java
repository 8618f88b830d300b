package io.migcal.harness.cli;

import io.migcal.harness.sweep.NothingToRefineException;
import io.migcal.model.BadInputException;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * Turns every error into one line on stderr and a named exit code. Users see what is wrong and
 * how to fix it, never a stack trace; {@code MIGCAL_DEBUG=1} shows the trace for developers.
 */
final class OneLineErrors
        implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        cli.getErr().println("migcal: " + e.getMessage());
        cli.getErr().println("Try '" + cli.getCommandSpec().qualifiedName() + " --help'.");
        return ExitCode.BAD_INPUT;
    }

    @Override
    public int handleExecutionException(
            Exception e, CommandLine cli, CommandLine.ParseResult parseResult) {
        if ("1".equals(System.getenv("MIGCAL_DEBUG"))) {
            e.printStackTrace(cli.getErr());
        }
        if (e instanceof NothingToRefineException) {
            cli.getErr().println("migcal: " + e.getMessage());
            return ExitCode.NOTHING_TO_REFINE;
        }
        if (e instanceof BadInputException) {
            cli.getErr().println("migcal: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        if (e instanceof InterruptedException) {
            cli.getErr().println("migcal: interrupted; what was measured is on disk.");
            return ExitCode.INTERRUPTED;
        }
        cli.getErr().println("migcal: " + describe(e));
        return ExitCode.FAILURE;
    }

    private static String describe(Exception e) {
        Throwable shown = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        String message = shown.getMessage();
        String text = message == null || message.isBlank() ? shown.getClass().getSimpleName() : message;
        return text.replace('\n', ' ');
    }
}
