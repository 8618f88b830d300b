package io.migcal.model.fit;

/** Accumulates prediction errors: mean absolute percentage error and root mean square error. */
final class HeldOutErrors {
    private double sumAbsoluteRelative;
    private double sumSquares;
    private int count;

    void add(double measuredS, double predictedS) {
        double error = measuredS - predictedS;
        sumAbsoluteRelative += Math.abs(error) / measuredS;
        sumSquares += error * error;
        count++;
    }

    boolean isEmpty() {
        return count == 0;
    }

    double mapePct() {
        return 100 * sumAbsoluteRelative / count;
    }

    double rmseS() {
        return Math.sqrt(sumSquares / count);
    }
}
