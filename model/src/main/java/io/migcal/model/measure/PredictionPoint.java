package io.migcal.model.measure;

/** A point to predict: the guest's used memory and the RTT. */
public record PredictionPoint(double guestUsedBytes, double rttMs) {
}
