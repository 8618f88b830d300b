package io.migcal.model.fit;

import static org.assertj.core.api.Assertions.assertThat;

import io.migcal.model.measure.FitObservation;
import io.migcal.model.measure.PathContext;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A cell is the set of rows with the same model inputs, and what a row recorded about its path (the
 * delay box's queue limit, the delay split, the packet size, the sender) is such an input: the
 * queue-loss family starts its search from the recorded queue, and it sees the rows only through
 * their cells.
 */
class CellKeyTest {
    private static final PathContext RECORDED = new PathContext(1000, 0.5, PathContext.MSS_BYTES, true);
    private static final double MIB = 1024.0 * 1024.0;

    @Test
    void rowsThatDifferOnlyInTheirRecordedPathAreDifferentCells() {
        List<FitObservation> rows = List.of(new FitObservation(10, 1e9, 9.0, null, 2, RECORDED),
                new FitObservation(10, 1e9, 9.2, null, 3, PathContext.UNKNOWN),
                new FitObservation(10, 1e9, 9.1, null, 4, RECORDED));
        ObservationCells cells = ObservationCells.of(rows);
        assertThat(cells.size()).isEqualTo(2);
        assertThat(cells.representatives()).extracting(FitObservation::path).containsExactly(RECORDED,
                PathContext.UNKNOWN);
        assertThat(cells.cells().get(0).times().count()).isEqualTo(2);
    }

    @Test
    void theRecordedQueueReachesTheQueueLossStartsThroughTheCells() {
        List<FitObservation> rows = new ArrayList<>();
        for (FitObservation o : SyntheticData.generate(new QueueLossFamily(), new double[] {1.0, 0.02, 110, 2.9, 4},
                new double[] {0, 10, 20, 26, 29, 32, 35}, new double[] {0.6, 1.0}, 3, 0.02, 11)) {
            rows.add(new FitObservation(o.rttMs(), o.guestUsedBytes(), o.transferTimeS(), null, rows.size() + 2,
                    RECORDED));
        }
        StartsSeen family = new StartsSeen();
        LeastSquaresFitter.fit(family, rows);
        assertThat(family.seen).isNotEmpty().allMatch(o -> o.path().equals(RECORDED));
        double recordedQueueMib = RECORDED.queueBytesPerRtt() / MIB;
        assertThat(family.starts).anyMatch(start -> start[QueueLossFamily.QUEUE] == recordedQueueMib);
    }

    /** The queue-loss family, noting what the fitter hands to its starting points. */
    private static final class StartsSeen implements ModelFamily {
        private final QueueLossFamily delegate = new QueueLossFamily();
        private final List<FitObservation> seen = new ArrayList<>();
        private final List<double[]> starts = new ArrayList<>();

        @Override
        public String name() {
            return delegate.name();
        }

        @Override
        public String formula() {
            return delegate.formula();
        }

        @Override
        public List<ParameterSpec> parameters() {
            return delegate.parameters();
        }

        @Override
        public ResidualScale residualScale() {
            return delegate.residualScale();
        }

        @Override
        public boolean needsDirtyRate() {
            return false;
        }

        @Override
        public double transferTimeS(double[] p, double guestUsedBytes, double rttMs, double dirtyRateBytesPerS) {
            return delegate.transferTimeS(p, guestUsedBytes, rttMs, dirtyRateBytesPerS);
        }

        @Override
        public synchronized List<double[]> startingPoints(List<FitObservation> observations) {
            seen.addAll(observations);
            List<double[]> fromDelegate = delegate.startingPoints(observations);
            starts.addAll(fromDelegate);
            return fromDelegate;
        }

        @Override
        public double[] clamp(double[] p) {
            return delegate.clamp(p);
        }
    }
}
