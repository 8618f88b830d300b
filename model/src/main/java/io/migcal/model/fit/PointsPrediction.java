package io.migcal.model.fit;

import io.migcal.model.csv.CsvDelimiter;
import io.migcal.model.csv.CsvNumbers;
import io.migcal.model.csv.CsvOutput;
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
        StringBuilder csv = new StringBuilder();
        CsvOutput.append(csv, List.of(HEADER.split(",")));
        List<PredictionPoint> outside = new ArrayList<>();
        for (PredictionPoint point : points) {
            Prediction p = model.predict(point.guestUsedBytes(), point.rttMs());
            if (p.extrapolated()) {
                outside.add(point);
            }
            CsvOutput.append(csv, List.of(CsvNumbers.format(point.guestUsedBytes()), CsvNumbers.format(point.rttMs()),
                    seconds(p.transferTimeS()), seconds(p.lowerS()), seconds(p.upperS()),
                    Boolean.toString(p.extrapolated())));
        }
        return new Result(csv.toString(), outside);
    }

    private static String seconds(double value) {
        return CsvNumbers.format(new BigDecimal(value).round(SIGNIFICANT).doubleValue());
    }

    /** Reads a comma-separated points file; kept here so callers need one entry point. */
    public static List<PredictionPoint> readPoints(java.nio.file.Path file) {
        return PointsCsvReader.read(file);
    }

    /** Reads a points file separated by {@code delimiter} ({@code ;} files take decimal commas). */
    public static List<PredictionPoint> readPoints(java.nio.file.Path file, CsvDelimiter delimiter) {
        return PointsCsvReader.read(file, delimiter);
    }
}
