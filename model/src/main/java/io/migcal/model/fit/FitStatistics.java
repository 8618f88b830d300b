package io.migcal.model.fit;

import io.migcal.model.measure.FitObservation;
import java.util.List;

/**
 * In-sample goodness of fit. AICc uses each family's own Gaussian likelihood: for relative residuals
 * the log-likelihood carries the Jacobian term -sum(ln T), so families fitted on different residual
 * scales are compared on the same data scale. {@code aicc} is null when n is too small for the correction.
 */
public record FitStatistics(int n, double rmseS, double mapePct, Double aicc) {

    public static FitStatistics of(FittedModel model, List<FitObservation> observations) {
        return of(model, RowCells.of(observations));
    }

    static FitStatistics of(FittedModel model, RowCells rows) {
        HeldOutErrors errors = new HeldOutErrors();
        rows.addErrors(errors, rows.perCell(o -> model.pointEstimateS(o.guestUsedBytes(), o.rttMs(),
                LevenbergMarquardtRun.dirtyRate(o))), i -> true);
        int n = rows.rowCount();
        int k = model.parameters().freeCount() + 1;
        double logLikelihood = -0.5 * n * (Math.log(2 * Math.PI * model.parameters().sumOfSquares() / n) + 1);
        if (model.family().residualScale() == ResidualScale.RELATIVE) {
            logLikelihood -= rows.sumLogTime();
        }
        Double aicc = n - k - 1 > 0 ? -2 * logLikelihood + 2.0 * k + 2.0 * k * (k + 1) / (n - k - 1) : null;
        return new FitStatistics(n, errors.rmseS(), errors.mapePct(), aicc);
    }
}
