package io.migcal.model.bench;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import java.util.stream.Collectors;

/**
 * The entry point of migcal's JMH benchmarks, so that they run from the test class path without a
 * separate uber-jar: {@code mvn -B -q -pl model test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.migcal.model.bench.Bench -Dexec.args="REGEX [JMH options]"} (docs/benchmarks.md).
 * Every benchmark compares against a baseline run in the same process and reports the ratio: a
 * benchmark method named X + "Baseline" is the baseline of method X of the same class, and after the
 * run the ratio baseline / X is printed for every parameter set both were measured with.
 */
public final class Bench {
    private static final String BASELINE = "Baseline";

    private Bench() {
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        forkWithThisClassPath();
        Collection<RunResult> results = new Runner(new CommandLineOptions(args)).run();
        printRatios(results);
    }

    /**
     * JMH starts each fork with {@code java.class.path}; under {@code exec:java} that is Maven's own
     * launcher, and the benchmarks are on the class loader Maven built. Hand the forks that class path.
     */
    private static void forkWithThisClassPath() {
        if (Bench.class.getClassLoader() instanceof URLClassLoader loader) {
            String classPath = Arrays.stream(loader.getURLs()).map(Bench::toPath)
                    .collect(Collectors.joining(File.pathSeparator));
            System.setProperty("java.class.path", classPath);
        }
    }

    private static String toPath(URL url) {
        try {
            return Path.of(url.toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("class path entry is not a file: " + url, e);
        }
    }

    static void printRatios(Collection<RunResult> results) {
        System.out.println();
        System.out.println("benchmark,params,score,baseline_score,unit,ratio_baseline_over_benchmark");
        for (RunResult baseline : results) {
            String name = baseline.getParams().getBenchmark();
            if (!name.endsWith(BASELINE)) {
                continue;
            }
            String measured = name.substring(0, name.length() - BASELINE.length());
            for (RunResult result : results) {
                if (result.getParams().getBenchmark().equals(measured) && sameParameters(result, baseline)) {
                    double score = result.getPrimaryResult().getScore();
                    double baselineScore = baseline.getPrimaryResult().getScore();
                    System.out.printf(Locale.ROOT, "%s,%s,%.1f,%.1f,%s,%.1f%n", measured, parameters(result), score,
                            baselineScore, result.getPrimaryResult().getScoreUnit(), baselineScore / score);
                }
            }
        }
    }

    private static boolean sameParameters(RunResult a, RunResult b) {
        return parameters(a).equals(parameters(b));
    }

    private static String parameters(RunResult result) {
        StringBuilder text = new StringBuilder();
        for (String key : result.getParams().getParamsKeys()) {
            text.append(text.length() == 0 ? "" : " ").append(key).append('=').append(result.getParams().getParam(key));
        }
        return text.toString();
    }
}
