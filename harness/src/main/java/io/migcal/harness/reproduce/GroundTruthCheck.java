package io.migcal.harness.reproduce;

import io.migcal.harness.lab.truth.DelayBoxSettings;
import io.migcal.harness.lab.truth.GroundTruth;
import io.migcal.harness.lab.truth.GroundTruthParameters;
import io.migcal.model.fit.Prediction;
import io.migcal.model.fit.TransferTimePredictor;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares the fitted curve with the virtual lab's noise-free ground truth at every swept RTT and
 * RAM usage: the truth should lie inside the fit's own 95 % prediction band.
 */
record GroundTruthCheck(List<Point> points) {

    /** One comparison: where, what the lab's model says, what the fit says. */
    record Point(double ramUsageBytes, double rttMs, double truthS, Prediction fitted) {
        boolean insideBand() {
            return truthS >= fitted.lowerS() && truthS <= fitted.upperS();
        }
    }

    static GroundTruthCheck of(TransferTimePredictor fitted, List<Double> ramUsageBytes, List<Double> rttMs,
            int applianceQueueLimitPackets) {
        GroundTruth truth = new GroundTruth(GroundTruthParameters.paperLab());
        List<Point> points = new ArrayList<>();
        for (double used : ramUsageBytes) {
            for (double rtt : rttMs) {
                DelayBoxSettings box = DelayBoxSettings.paperAppliance(rtt);
                DelayBoxSettings sized = new DelayBoxSettings(box.dataDelayMs(), box.ackDelayMs(),
                        applianceQueueLimitPackets, box.offloadsOn(), box.congestionControl());
                points.add(new Point(used, rtt, truth.transferTimeS(Math.round(used), rtt, sized),
                        fitted.predict(used, rtt)));
            }
        }
        return new GroundTruthCheck(points);
    }

    long insideBandCount() {
        return points.stream().filter(Point::insideBand).count();
    }

    /** The largest relative gap between fitted and true transfer time. */
    double worstRelativeError() {
        return points.stream().mapToDouble(p -> Math.abs(p.fitted().transferTimeS() - p.truthS()) / p.truthS())
                .max().orElse(0);
    }
}
