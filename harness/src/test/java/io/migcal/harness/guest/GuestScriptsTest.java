package io.migcal.harness.guest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dirty writer and the progress meter exactly as the harness sends them to a guest, run by this
 * machine's sh (the guest runs them with busybox and coreutils' date; the scripts use nothing else),
 * in a scratch directory ({@code TMPDIR}) instead of the guest's /tmp.
 */
class GuestScriptsTest {
    private static final int MIB = 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void theWriterHoldsItsRateAndRewritesItsWorkingSetWithOtherBytes() throws Exception {
        long rate = 8L * MIB;
        long pid = start(DirtyWriterCommands.start(rate, 64L * MIB));
        Path set = dir.resolve("migcal-dirty-set");
        awaitSize(set, 64L * MIB);
        long startNs = System.nanoTime();
        Thread.sleep(2500);
        double elapsedS = (System.nanoTime() - startNs) / 1e9;
        stop(pid);

        java.util.Set<String> initial = chunks(Files.readAllBytes(dir.resolve("migcal-dirty-a")));
        java.util.Set<String> rewritten = chunks(Files.readAllBytes(dir.resolve("migcal-dirty-b")));
        byte[] bytes = Files.readAllBytes(set);
        assertThat(bytes.length).isEqualTo(64 * MIB);
        assertThat(initial).doesNotContainAnyElementsOf(rewritten);
        int changed = 0;
        for (int chunk = 0; chunk < 64; chunk++) {
            String now = java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(Arrays.copyOfRange(bytes, chunk * MIB, (chunk + 1) * MIB)));
            if (rewritten.contains(now)) {
                changed++;
            } else {
                assertThat(initial.contains(now)).as("chunk %d is either untouched or rewritten", chunk).isTrue();
            }
        }
        // rewritten chunks count whole MiB written at 8 MiB/s since the set was complete (+-1 s of start-up)
        assertThat((double) changed).isBetween(8 * (elapsedS - 1), 8 * (elapsedS + 1));
    }

    @Test
    void theMeterTimesOneUnitOfWorkEveryTenthOfASecondOnTheGuestClock() throws Exception {
        long before = Long.parseLong(run("date +%s%N").strip());
        long pid = start(ProgressMeterCommands.start());
        Thread.sleep(1500);
        stop(pid);

        GuestProgress progress = GuestProgress.parse(Files.readString(dir.resolve("migcal-progress")));
        assertThat(progress.units()).hasSizeBetween(5, 15);
        assertThat(progress.units()).allSatisfy(u -> {
            assertThat(u.startNs()).isGreaterThan(before);
            assertThat(u.endNs()).isGreaterThan(u.startNs());
        });
    }

    /** SHA-256 of each 1 MiB chunk of an 8 MiB source block. */
    private static java.util.Set<String> chunks(byte[] block) throws Exception {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (int chunk = 0; chunk < block.length / MIB; chunk++) {
            out.add(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(Arrays.copyOfRange(block, chunk * MIB, (chunk + 1) * MIB))));
        }
        return out;
    }

    private long start(String command) throws Exception {
        return Long.parseLong(run(command).strip());
    }

    private String run(String command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("sh", "-c", command);
        builder.environment().put("TMPDIR", dir.toString());
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(out).isZero();
        return out;
    }

    private static void stop(long pid) throws Exception {
        new ProcessBuilder("kill", "-TERM", "--", "-" + pid).start().waitFor();
        Thread.sleep(200);
    }

    private static void awaitSize(Path file, long bytes) throws Exception {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!(Files.exists(file) && Files.size(file) >= bytes) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(Files.size(file)).isEqualTo(bytes);
    }
}
