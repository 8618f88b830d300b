package io.migcal.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.migcal.model.fit.Prediction;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SimulateCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(CommandLine cli, String... args) {
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private int migcal(String... args) {
        return run(Migcal.commandLine(), args);
    }

    private JsonNode json() throws IOException {
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void jsonGivesEachMetricWithMeanSpreadAndConfidenceInterval() throws IOException {
        int exit = migcal("simulate", "--scenario", "paper-2018", "--policy", "paper-2018", "--runs", "12",
                "--seed", "3", "--format", "json");

        assertThat(exit).isEqualTo(ExitCode.OK);
        JsonNode policy = json().get("policies").get(0);
        assertThat(json().get("seed").asLong()).isEqualTo(3);
        assertThat(policy.get("policy").asText()).isEqualTo("paper-2018");
        assertThat(policy.get("runs").asInt()).isEqualTo(12);
        for (String metric : new String[] {"processing_time_min", "waiting_time_min", "migrations"}) {
            JsonNode m = policy.get(metric);
            assertThat(m.get("ci95_low").asDouble()).isLessThanOrEqualTo(m.get("mean").asDouble());
            assertThat(m.get("ci95_high").asDouble()).isGreaterThanOrEqualTo(m.get("mean").asDouble());
            assertThat(m.get("sd").asDouble()).isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void compareRunsPoliciesOnTheSameStreamsAndReportsPairedDifferences() throws IOException {
        int exit = migcal("simulate", "--scenario", "paper-2019", "--compare", "none,paper-2019", "--runs", "20",
                "--seed", "9", "--format", "json");

        assertThat(exit).isEqualTo(ExitCode.OK);
        JsonNode root = json();
        double none = root.get("policies").get(0).get("waiting_time_min").get("mean").asDouble();
        double paper = root.get("policies").get(1).get("waiting_time_min").get("mean").asDouble();
        JsonNode diff = root.get("paired_differences").get(0);
        assertThat(diff.get("minus").asText()).isEqualTo("none");
        assertThat(diff.get("waiting_time_min").get("mean").asDouble()).isCloseTo(paper - none, offset(1e-9));
    }

    @Test
    void aSeedIsRequired() {
        int exit = migcal("simulate", "--scenario", "paper-2018");

        assertThat(exit).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("a seed is required").contains("--seed").doesNotContain("Exception");
    }

    @Test
    void anUnknownPolicyIsBadInputNamingTheChoices() {
        int exit = migcal("simulate", "--scenario", "paper-2018", "--seed", "1", "--policy", "best");

        assertThat(exit).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("unknown policy 'best'").contains("least-transfer");
    }

    @Test
    void theModelFileGoesThroughTheInjectedReader(@TempDir Path dir) throws IOException {
        Path model = Files.writeString(dir.resolve("transfer-model.json"), "{}");
        CommandLine cli = new CommandLine(new SimulateCommand(path -> (bytes, rttMs) -> new Prediction(1000, 1000, 1000, false)));
        cli.setExecutionExceptionHandler(new OneLineErrors());

        int exit = run(cli, "--scenario", "paper-2019", "--policy", "paper-2019", "--runs", "10", "--seed", "4",
                "--model", model.toString(), "--format", "json");

        assertThat(exit).isEqualTo(ExitCode.OK);
        JsonNode policy = json().get("policies").get(0);
        assertThat(json().get("transfer_model").asText()).isEqualTo(model.toString());
        assertThat(policy.get("migrations").get("mean").asDouble()).isPositive();
        double migrations = policy.get("migrations").get("mean").asDouble();
        double aborted = policy.get("aborted_migrations").get("mean").asDouble();
        // completed transfers take exactly the injected 1000 s; aborted ones end early
        assertThat(policy.get("transfer_time_s").get("mean").asDouble())
                .isBetween(1000 * (migrations - aborted) - 1e-6, 1000 * migrations + 1e-6);
    }

    @Test
    void aScenarioFileWithItsOwnSeedWritesCsvWithPointDecimals(@TempDir Path dir) throws IOException {
        Path scenario = Files.writeString(dir.resolve("s.yaml"), """
                name: mine
                seed: 77
                sites: [{name: A, servers-memory-gib: [4.0]}, {name: B, servers-memory-gib: [4.0]}]
                rtt: {matrix-ms: [[0, 10], [10, 0]]}
                vms: {count: 12, allocated-gib: 2.0}
                workloads: [{name: w, duration-min: 45, ram-gib: 1.5}]
                arrivals: {kind: exponential, mean-min: 7.5}
                thresholds: {server-memory-fraction: 0.5, rtt-ms: 20}
                """);

        int exit = migcal("simulate", "--scenario", scenario.toString(), "--runs", "3", "--format", "csv");

        assertThat(exit).isEqualTo(ExitCode.OK);
        String[] lines = out.toString().split("\n");
        assertThat(lines[0]).isEqualTo("scenario,seed,policy,minus,metric,runs,mean,sd,ci95_low,ci95_high");
        assertThat(lines[1]).startsWith("mine,77,paper-2019,,processing_time_min,3,").matches(".*\\d\\.\\d.*");
    }

    @Test
    void aBrokenScenarioIsOneLineNamingTheKey(@TempDir Path dir) throws IOException {
        Path scenario = Files.writeString(dir.resolve("bad.yaml"), "name: x\nsites: [{name: A, servers-memory-gib: [4.0]}]\n");

        int exit = migcal("simulate", "--scenario", scenario.toString(), "--seed", "1");

        assertThat(exit).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().strip()).contains("workloads is missing").doesNotContain("\n");
    }

    @Test
    void aModelFileThatIsNotAFittedModelIsOneLineOfBadInput(@TempDir Path dir) throws IOException {
        Path model = Files.writeString(dir.resolve("transfer-model.json"), "{}");

        int exit = migcal("simulate", "--scenario", "paper-2018", "--seed", "1", "--model", model.toString());

        assertThat(exit).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().strip()).contains("transfer-model.json").doesNotContain("\n");
    }

    @Test
    void aFittedModelFileReplacesTheBuiltInTransferTimes() {
        Path fitted = Path.of("..", "results", "reference", "sample", "transfer-model.json");

        int builtIn = migcal("simulate", "--scenario", "paper-2018", "--seed", "7", "--runs", "3", "--format", "json");
        String builtInJson = out.toString();
        out.getBuffer().setLength(0);
        int withModel = migcal("simulate", "--scenario", "paper-2018", "--seed", "7", "--runs", "3", "--format", "json",
                "--model", fitted.toString());

        assertThat(builtIn).isEqualTo(ExitCode.OK);
        assertThat(withModel).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("processing_time_min").isNotEqualTo(builtInJson);
    }

    @Test
    void compareModelsRunsOnePolicyUnderEachModelWithPairedDifferencesThatExcludeZero() throws IOException {
        String sample = Path.of("..", "results", "reference", "sample", "transfer-model.json").toString();
        String virtualLab = Path.of("..", "results", "reference", "virtual-lab", "transfer-model.json").toString();
        String scenario = Path.of("..", "model", "src", "main", "resources", "io", "migcal", "model", "sim",
                "scenario", "short-jobs.yaml").toString();

        int exit = migcal("simulate", "--scenario", scenario, "--policy", "least-transfer", "--runs", "200",
                "--seed", "1", "--compare-models", sample + "," + virtualLab, "--format", "json");

        assertThat(exit).isEqualTo(ExitCode.OK);
        JsonNode root = json();
        assertThat(root.get("policies")).extracting(p -> p.get("policy").asText()).containsExactly(sample, virtualLab);
        JsonNode waiting = root.get("paired_differences").get(0).get("waiting_time_min");
        assertThat(waiting.get("ci95_low").asDouble()).as("the slower network's model makes VMs wait longer").isPositive();
        JsonNode transfer = root.get("paired_differences").get(0).get("transfer_time_s");
        assertThat(transfer.get("ci95_low").asDouble()).isPositive();
        assertThat(root.get("policies").get(0).get("extrapolated_query_share").get("mean").asDouble())
                .as("the sample model was fitted on 0.3-0.52 GB: every query here lies outside").isEqualTo(1.0);
        assertThat(root.get("policies").get(1).get("extrapolated_query_share").get("mean").asDouble()).isZero();
        assertThat(err.toString().strip()).startsWith("warning: up to 100.0 % of transfer-time queries")
                .doesNotContain("\n");
    }

    @Test
    void aPolicyReadingIsAnOptionOfItsNameAndAWrongOneIsBadInput() throws IOException {
        int exit = migcal("simulate", "--scenario", "paper-2019", "--seed", "4", "--runs", "30", "--format", "json",
                "--compare", "paper-2019:destination=least-loaded-then-rtt:trigger=started-server,paper-2019");

        assertThat(exit).isEqualTo(ExitCode.OK);
        assertThat(json().get("policies").get(0).get("policy").asText())
                .isEqualTo("paper-2019:destination=least-loaded-then-rtt:trigger=started-server");
        out.getBuffer().setLength(0);
        int bad = migcal("simulate", "--scenario", "paper-2019", "--seed", "4", "--policy", "paper-2019:destination=far");
        assertThat(bad).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().strip()).contains("rtt-filter-then-least-loaded").doesNotContain("\n");
    }
}
