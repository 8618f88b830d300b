package io.migcal.model.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Each reading of the paper's ambiguous steps on a scenario small enough to work out by hand. All
 * RTTs within the threshold take the built-in model's 10 ms time for 1 GiB, 42.96 s, unless said.
 */
class ReadingsTest {

    /**
     * Server s1 (site B) is overloaded twice: at vm1's start (it sends vm0 away; 2.0 GiB > 1.6) and
     * at vm2's start while that move is still in flight (so it cannot act). vm3 then starts on
     * site A at 90 s. Who looks at s1 again, and when, is the trigger reading.
     */
    private static final String SECOND_OVERLOAD = """
            name: second-overload
            sites: [{name: A, servers-memory-gib: [8.0]}, {name: B, servers-memory-gib: [8.0]},
                    {name: C, servers-memory-gib: [8.0]}]
            rtt: {matrix-ms: [[0, 10, 10], [10, 0, 10], [10, 10, 0]]}
            vms:
              allocated-gib: 2.0
              list: [{kind: big, home-site: B}, {kind: big, home-site: B}, {kind: big, home-site: B},
                     {kind: small, home-site: A}]
            workloads: [{name: big, duration-min: 600, ram-gib: 1.0}, {name: small, duration-min: 600, ram-gib: 0.5}]
            arrivals: {kind: constant, interval-min: 0.5}
            thresholds: {server-memory-fraction: 0.2, rtt-ms: 20}
            """;

    /**
     * s0 (site A) is overloaded when vm3 starts (2.0 GiB > 1.6) and sends its smallest VM, vm2.
     * The candidates: B at 6 ms holding 1.0 GiB, C at 30 ms and empty, D at 10 ms holding 0.5 GiB.
     */
    private static final String FOUR_SITES = """
            name: destinations
            sites: [{name: A, servers-memory-gib: [8.0]}, {name: B, servers-memory-gib: [8.0]},
                    {name: C, servers-memory-gib: [8.0]}, {name: D, servers-memory-gib: [8.0]}]
            rtt: {matrix-ms: [[0, 6, 30, 10], [6, 0, 30, 6], [30, 30, 0, 30], [10, 6, 30, 0]]}
            vms:
              allocated-gib: 2.0
              list: [{kind: big, home-site: B}, {kind: small, home-site: D}, {kind: big, home-site: A},
                     {kind: big, home-site: A}]
            workloads: [{name: big, duration-min: 600, ram-gib: 1.0}, {name: small, duration-min: 600, ram-gib: 0.5}]
            arrivals: {kind: constant, interval-min: 1}
            thresholds: {server-memory-fraction: 0.2, rtt-ms: 20}
            """;

    private static RecordingObserver run(String yaml, String policy) {
        RecordingObserver events = new RecordingObserver();
        Scenarios.run(Scenarios.read(yaml), policy, 1, events);
        return events;
    }

    private static long migrations(RecordingObserver events) {
        return events.lines().stream().filter(l -> l.contains("migrating")).count();
    }

    @Test
    void theStartedServerReadingNeverLooksAtTheOverloadedServerAgain() {
        RecordingObserver events = run(SECOND_OVERLOAD, "paper-2019:trigger=started-server");

        assertThat(migrations(events)).isEqualTo(1);
        assertThat(events.lines()).contains("30.00 migrating vm0 s1->s0 for 42.96 s");
    }

    @Test
    void everyServerAtEachStartMovesTheSecondVmWhenVm3StartsElsewhere() {
        RecordingObserver events = run(SECOND_OVERLOAD, "paper-2019:trigger=every-server-at-start");

        assertThat(migrations(events)).isEqualTo(2);
        assertThat(events.lines()).containsSubsequence("30.00 migrating vm0 s1->s0 for 42.96 s",
                "72.96 migrated vm0 s1->s0", "90.00 started vm3 on s0", "90.00 migrating vm1 s1->s2 for 42.96 s");
    }

    @Test
    void everyServerOnEveryEventMovesTheSecondVmAsSoonAsTheFirstMoveEnds() {
        RecordingObserver events = run(SECOND_OVERLOAD, "paper-2019:trigger=every-server-on-event");

        assertThat(events.lines()).containsSubsequence("72.96 migrated vm0 s1->s0",
                "72.96 migrating vm1 s1->s2 for 42.96 s");
    }

    @Test
    void leastLoadedThenRttPicksTheEmptyFarSiteAndSoMovesNothing() {
        assertThat(migrations(run(FOUR_SITES, "paper-2019:destination=least-loaded-then-rtt"))).isZero();
    }

    @Test
    void rttFilterThenLeastLoadedPicksTheLighterOfTheTwoNearSites() {
        assertThat(run(FOUR_SITES, "paper-2019:destination=rtt-filter-then-least-loaded").lines())
                .contains("180.00 migrating vm2 s0->s3 for 42.96 s");
    }

    @Test
    void nearestPicksTheSixMillisecondSiteWhateverItsLoad() {
        assertThat(run(FOUR_SITES, "paper-2019:destination=nearest").lines())
                .anyMatch(l -> l.startsWith("180.00 migrating vm2 s0->s1 for "));
    }

    @Test
    void thePaperFaithfulDefaultsAreEveryServerAtStartAndTheLeastLoadedServerThenItsRtt() {
        assertThat(migrations(run(FOUR_SITES, "paper-2019"))).isZero();
        assertThat(migrations(run(SECOND_OVERLOAD, "paper-2019"))).isEqualTo(2);
        assertThat(run(FOUR_SITES, "paper-2018").lines()).anyMatch(l -> l.startsWith("180.00 migrating vm2 s0->s1 "));
    }
}
