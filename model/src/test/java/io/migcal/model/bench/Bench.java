package io.migcal.model.bench;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.CommandLineOptionException;

/**
 * The entry point of migcal's JMH benchmarks, so that they run from the test class path without a
 * separate uber-jar: {@code mvn -B -q -pl model test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.migcal.model.bench.Bench -Dexec.args="REGEX [JMH options]"} (docs/benchmarks.md).
 * Every benchmark compares against a baseline run in the same process and reports the ratio.
 */
public final class Bench {
    private Bench() {
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        new Runner(new CommandLineOptions(args)).run();
    }
}
