package io.migcal.harness.soak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SoakTallyTest {

    private static Map<String, String> row(String id, String status) {
        return Map.of("sample_id", id, "status", status);
    }

    @Test
    void interruptedAttemptsAreRepeatsNotDuplicates() {
        SoakTally tally = SoakTally.of(Set.of("a", "b", "c"), List.of(row("a", "interrupted"), row("a", "ok"),
                row("b", "failed"), row("c", "interrupted"), row("c", "interrupted"), row("c", "flagged")));
        assertThat(tally).isEqualTo(new SoakTally(3, 6, 1, 1, 1, 2, 0, 0));
    }

    @Test
    void aSampleFinishedTwiceIsADuplicateAndOneNeverFinishedIsLost() {
        SoakTally tally = SoakTally.of(Set.of("a", "b", "c"), List.of(row("a", "ok"), row("a", "ok"),
                row("b", "interrupted"), row("c", "timeout")));
        assertThat(tally.duplicated()).isEqualTo(1);
        assertThat(tally.lost()).isEqualTo(1);
        assertThat(tally.okExactlyOnce()).isZero();
        assertThat(tally.failed()).isEqualTo(1);
    }

    @Test
    void aRowForASampleThatWasNeverPlannedCountsAsADuplicate() {
        SoakTally tally = SoakTally.of(Set.of("a"), List.of(row("a", "ok"), row("zz", "ok")));
        assertThat(tally.duplicated()).isEqualTo(1);
        assertThat(tally.lost()).isZero();
    }
}
