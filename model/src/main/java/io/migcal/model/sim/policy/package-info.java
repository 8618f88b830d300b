/**
 * Placement policies, one small class each ({@code none}, {@code paper-2018}, {@code paper-2019},
 * {@code least-transfer}), and {@code ClusterView}, all a policy may see of the cluster.
 * May use: only this package, {@code io.migcal.model} and the JDK (enforced by {@code ArchitectureTest}).
 */
package io.migcal.model.sim.policy;
