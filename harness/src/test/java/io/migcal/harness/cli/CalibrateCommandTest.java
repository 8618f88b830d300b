package io.migcal.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.migcal.model.sim.scenario.Presets;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CalibrateCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int migcal(String... args) {
        CommandLine cli = Migcal.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private static String withoutProvenance(String preset) {
        return preset.replaceAll("(?m)^# calibrated: .*$", "");
    }

    @Test
    void theShippedParametersWriteTheShippedPresetsIntoTheGivenDirectory(@TempDir Path dir) throws IOException {
        Matcher parameters = Pattern.compile("(?m)^# parameters \\(migcal calibrate --start\\): (\\S+)$")
                .matcher(Presets.text("paper-2019"));
        assertThat(parameters.find()).as("the preset records its parameters").isTrue();

        int exit = migcal("calibrate", "--start", parameters.group(1), "--samples", "0", "--evaluations", "0",
                "--runs", "5", "--out", dir.toString());

        assertThat(exit).isEqualTo(ExitCode.OK);
        for (String preset : Presets.NAMES) {
            assertThat(withoutProvenance(Files.readString(dir.resolve(preset + ".yaml"))))
                    .isEqualTo(withoutProvenance(Presets.text(preset)));
        }
        assertThat(out.toString()).contains("max relative error").contains("wrote ");
    }

    @Test
    void aShortSearchImprovesOnItsStartAndWritesNothingIntoTheSources(@TempDir Path dir) throws IOException {
        String before = Presets.text("paper-2018");

        int exit = migcal("calibrate", "--samples", "3", "--evaluations", "25", "--runs", "5", "--seed", "2",
                "--out", dir.toString());

        assertThat(exit).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(dir.resolve("paper-2018.yaml"))).contains("calibrated: migcal calibrate --samples 3");
        assertThat(Presets.text("paper-2018")).isEqualTo(before);
        Matcher scores = Pattern.compile("start: best score ([0-9.]+)[\\s\\S]*final polish: score ([0-9.]+)")
                .matcher(out.toString());
        assertThat(scores.find()).isTrue();
        assertThat(Double.parseDouble(scores.group(2))).isLessThanOrEqualTo(Double.parseDouble(scores.group(1)));
    }

    @Test
    void withoutAnOutputDirectoryItIsOneLineOfBadInput() {
        int exit = migcal("calibrate", "--samples", "3");

        assertThat(exit).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().strip()).contains("--out").doesNotContain("\n");
    }
}
