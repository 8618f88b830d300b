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
    void eachPresetsRecordedParametersWriteThatShippedPresetAndOnlyIt(@TempDir Path dir) throws IOException {
        for (String preset : Presets.NAMES) {
            Matcher parameters = Pattern.compile("(?m)^# parameters \\(migcal calibrate --start\\): (\\S+)$")
                    .matcher(Presets.text(preset));
            assertThat(parameters.find()).as("%s records its parameters", preset).isTrue();
            Path into = dir.resolve(preset);

            int exit = migcal("calibrate", "--preset", preset, "--start", parameters.group(1), "--samples", "0",
                    "--evaluations", "0", "--runs", "5", "--out", into.toString());

            assertThat(exit).isEqualTo(ExitCode.OK);
            assertThat(withoutProvenance(Files.readString(into.resolve(preset + ".yaml"))))
                    .isEqualTo(withoutProvenance(Presets.text(preset)));
            try (var written = Files.list(into)) {
                assertThat(written).as("only the calibrated preset is written").hasSize(1);
            }
        }
        assertThat(out.toString()).contains("max relative error").contains("wrote ");
    }

    @Test
    void aShortSearchImprovesOnItsStartAndWritesNothingIntoTheSources(@TempDir Path dir) throws IOException {
        String before = Presets.text("paper-2018");

        int exit = migcal("calibrate", "--preset", "paper-2018", "--samples", "3", "--evaluations", "25",
                "--runs", "5", "--seed", "2", "--out", dir.toString());

        assertThat(exit).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(dir.resolve("paper-2018.yaml")))
                .contains("calibrated: migcal calibrate --preset paper-2018 --samples 3");
        assertThat(out.toString()).doesNotContain("paper-2019");
        assertThat(Presets.text("paper-2018")).isEqualTo(before);
        Matcher scores = Pattern.compile("start: best score ([0-9.]+)[\\s\\S]*final polish: score ([0-9.]+)")
                .matcher(out.toString());
        assertThat(scores.find()).isTrue();
        assertThat(Double.parseDouble(scores.group(2))).isLessThanOrEqualTo(Double.parseDouble(scores.group(1)));
    }

    @Test
    void withoutAnOutputDirectoryItIsOneLineOfBadInput() {
        int exit = migcal("calibrate", "--preset", "paper-2019", "--samples", "3");

        assertThat(exit).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().strip()).contains("--out").doesNotContain("\n");
    }

    @Test
    void anUnknownPresetIsOneLineOfBadInputNamingTheTwo(@TempDir Path dir) {
        int exit = migcal("calibrate", "--preset", "paper-2020", "--samples", "3", "--out", dir.toString());

        assertThat(exit).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().strip()).contains("paper-2018, paper-2019").doesNotContain("\n");
    }
}
