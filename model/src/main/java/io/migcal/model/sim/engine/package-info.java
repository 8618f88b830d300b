/**
 * The deterministic discrete-event engine: an event heap of primitive arrays, servers in load-ordered
 * heaps, VMs in intrusive lists, and the cluster state a policy sees through {@code ClusterView}.
 * May use: {@code model.fit}, {@code model.sim.policy}.
 */
package io.migcal.model.sim.engine;
