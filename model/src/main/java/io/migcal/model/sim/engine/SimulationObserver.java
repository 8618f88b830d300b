package io.migcal.model.sim.engine;

/**
 * Hears every state change of a simulation, in simulated-time order. Tests record these to check
 * invariants independently of the engine; the default does nothing.
 */
public interface SimulationObserver {
    SimulationObserver NONE = new SimulationObserver() { };

    default void arrived(double atS, int vm, int server) {
    }

    default void started(double atS, int vm, int server) {
    }

    default void finished(double atS, int vm, int server) {
    }

    /** Destination memory is reserved now; the source frees it at {@code sourceFreedAtS}'s setting. */
    default void migrationStarted(double atS, int vm, int fromServer, int toServer, double transferS) {
    }

    default void migrationEnded(double atS, int vm, int fromServer, int toServer) {
    }

    /** The VM finished its work before its transfer ended; both reservations are released. */
    default void migrationAborted(double atS, int vm, int fromServer, int toServer) {
    }
}
