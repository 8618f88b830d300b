package io.migcal.harness.lab.shell;

import java.util.List;

/** One program of a virtual host: gets its argument words (program name first) and the raw line. */
@FunctionalInterface
public interface ShellCommand {

    int run(List<String> words, String line, ShellIo io) throws Exception;
}
