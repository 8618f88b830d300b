package io.migcal.harness.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C and the soak's kill interrupt the sweep thread; what it writes next (the log line saying
 * where the run stopped, the manifest, the cut of a torn row) must still reach the disk.
 */
class InterruptProofFilesTest {
    @TempDir
    Path dir;

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void theRunLogKeepsWritingOnAnInterruptedThread() throws Exception {
        Path file = dir.resolve("sweep.log");
        try (RunLog log = new RunLog(file, new FakeClock())) {
            Thread.currentThread().interrupt();
            log.note("interrupted during sample rtt4ms-fill1000B-rep1");
            log.note("lab restored");
        }
        Thread.interrupted();

        assertThat(Files.readAllLines(file)).hasSize(2)
                .anySatisfy(line -> assertThat(line).endsWith("interrupted during sample rtt4ms-fill1000B-rep1"))
                .anySatisfy(line -> assertThat(line).endsWith("lab restored"));
    }

    @Test
    void aFileReplacedOnAnInterruptedThreadIsWhole() throws Exception {
        Path file = dir.resolve("manifest.json");
        Files.writeString(file, "{\"old\":true}");

        Thread.currentThread().interrupt();
        InterruptProofFiles.replaceAtomically(file, "{\"samples_done\":7}".getBytes(StandardCharsets.UTF_8));
        Thread.interrupted();

        assertThat(Files.readString(file)).isEqualTo("{\"samples_done\":7}");
        assertThat(dir.resolve("manifest.json.tmp")).doesNotExist();
    }

    @Test
    void aTornRowIsCutOnAnInterruptedThread() throws Exception {
        Path csv = dir.resolve("measurements.csv");
        Files.writeString(csv, "sample_id,status\nrtt0ms-fill1B-rep1,ok\nrtt2ms-fill1B-rep1,o");

        Thread.currentThread().interrupt();
        boolean cut = MeasurementsOnDisk.dropTornLastLine(csv);
        Thread.interrupted();

        assertThat(cut).isTrue();
        assertThat(Files.readString(csv)).isEqualTo("sample_id,status\nrtt0ms-fill1B-rep1,ok\n");
    }
}
