package io.migcal.model.fit;

import io.migcal.model.measure.CsvCell;
import io.migcal.model.measure.PointsCsvReader;
import io.migcal.model.measure.PredictionPoint;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code migcal predict --points}: predicts each (guest_used_bytes, rtt_ms) point and renders the CSV
 * with the prediction, its interval and whether the point lies outside the fitted range.
 */
public final class PointsPrediction {
    public static final String HEADER = "guest_used_bytes,rtt_ms,predicted_transfer_time_s,lower_s,upper_s,extrapolated";
    private static final MathContext SIGNIFICANT = new MathContext(6);

    private PointsPrediction() {
    }

    public record Result(String csv, List<PredictionPoint> extrapolated) {
    }

    public static Result predict(TransferTimePredictor model, List<PredictionPoint> points) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        List<PredictionPoint> outside = new ArrayList<>();
        for (PredictionPoint point : points) {
            Prediction p = model.predict(point.guestUsedBytes(), point.rttMs());
            if (p.extrapolated()) {
                outside.add(point);
            }
            csv.append(String.join(",", CsvCell.number(point.guestUsedBytes()), CsvCell.number(point.rttMs()),
                    seconds(p.transferTimeS()), seconds(p.lowerS()), seconds(p.upperS()),
                    Boolean.toString(p.extrapolated()))).append('\n');
        }
        return new Result(csv.toString(), outside);
    }

    private static String seconds(double value) {
        return CsvCell.number(new BigDecimal(value).round(SIGNIFICANT).doubleValue());
    }

    /** Reads the points file; kept here so callers need one entry point. */
    public static List<PredictionPoint> readPoints(java.nio.file.Path file) {
        return PointsCsvReader.read(file);
    }
}
