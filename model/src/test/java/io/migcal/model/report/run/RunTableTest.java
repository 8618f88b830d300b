package io.migcal.model.report.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migcal.model.BadInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report reads measurements.csv with the fitter's reader, and what a killed sweep left. */
class RunTableTest {
    @TempDir
    Path dir;

    @Test
    void multiLineCellsAreKeptAndARecordTornByAKillIsLeftOut() throws Exception {
        Path csv = dir.resolve("measurements.csv");
        Files.writeString(csv, "sample_id,status,delay_readback\ns1,ok,\"qdisc netem 8001:\n Sent 1 bytes\n\"\n"
                + "s2,failed,x\ns3,ok,\"qdisc netem 8001:\n Sent", StandardCharsets.UTF_8);

        RunTable table = RunTable.read(csv);

        assertThat(table.columns()).containsExactly("sample_id", "status", "delay_readback");
        assertThat(table.rows()).extracting(row -> row.get("sample_id")).containsExactly("s1", "s2");
        assertThat(table.okRows().get(0)).containsEntry("delay_readback", "qdisc netem 8001:\n Sent 1 bytes\n");
        assertThat(table.failedRows()).hasSize(1);
    }

    @Test
    void aRowOfTheWrongWidthNamesTheFileAndTheLine() throws Exception {
        Path csv = dir.resolve("measurements.csv");
        Files.writeString(csv, "sample_id,status\ns1,ok\ns2,ok,extra\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> RunTable.read(csv)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(csv + ":3: has 3 cells but the header has 2 columns");
    }
}
