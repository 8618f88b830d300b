/**
 * Placement policies ({@code none}, the paper's flows in {@code PaperPolicy} under named readings of
 * their ambiguous steps, {@code TriggerReading} and {@code DestinationReading}, and
 * {@code least-transfer}), the spec parser {@code Policies}, and {@code ClusterView}, all a policy may
 * see of the cluster.
 * May use: only this package, {@code io.migcal.model} and the JDK (enforced by {@code ArchitectureTest}).
 */
package io.migcal.model.sim.policy;
