package io.migcal.model.fit;

/**
 * A predicted transfer time in seconds with its prediction interval, and whether the point lies
 * outside the RTT and memory range the model was fitted on.
 */
public record Prediction(double transferTimeS, double lowerS, double upperS, boolean extrapolated) {
}
