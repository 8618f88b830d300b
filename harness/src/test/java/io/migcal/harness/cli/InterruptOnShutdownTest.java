package io.migcal.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class InterruptOnShutdownTest {

    @Test
    void theHookInterruptsTheWorkerAndReturnsOnlyAfterItsTeardown() throws Exception {
        CountDownLatch working = new CountDownLatch(1);
        AtomicBoolean tornDown = new AtomicBoolean();
        InterruptOnShutdown[] guard = new InterruptOnShutdown[1];
        Thread worker = new Thread(() -> {
            try {
                working.countDown();
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                // teardown takes a while, as clearing netem over SSH does
                sleepUninterruptibly(300);
                tornDown.set(true);
            } finally {
                guard[0].close();
            }
        });
        guard[0] = new InterruptOnShutdown(worker, Duration.ofSeconds(10));
        worker.start();
        assertThat(working.await(5, TimeUnit.SECONDS)).isTrue();

        boolean finishedInTime = guard[0].interruptAndWait();

        assertThat(finishedInTime).isTrue();
        assertThat(tornDown).isTrue();
    }

    @Test
    void theHookGivesUpAfterItsBoundWhenTeardownHangs() throws Exception {
        Thread stuck = new Thread(() -> sleepUninterruptibly(2_000));
        stuck.start();
        InterruptOnShutdown guard = new InterruptOnShutdown(stuck, Duration.ofMillis(200));

        assertThat(guard.interruptAndWait()).isFalse();
        stuck.join();
    }

    private static void sleepUninterruptibly(long millis) {
        long end = System.nanoTime() + millis * 1_000_000L;
        while (System.nanoTime() < end) {
            try {
                Thread.sleep(Math.max(1, (end - System.nanoTime()) / 1_000_000L));
            } catch (InterruptedException ignored) {
                // this thread plays a teardown that ignores a second Ctrl-C
            }
        }
    }
}
