package io.migcal.model.sim.policy;

/** A decision to live-migrate {@code vm} to {@code destinationServer}. */
public record Move(int vm, int destinationServer) {
}
