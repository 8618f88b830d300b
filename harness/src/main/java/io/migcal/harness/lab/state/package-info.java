/**
 * The one state behind every endpoint: where the VM is, its lock, the guest's memory, the delay box's
 * qdiscs and counters, the tasks. May use: {@code harness.lab}, {@code harness.lab.pve},
 * {@code harness.lab.truth}, {@code harness.time}.
 */
package io.migcal.harness.lab.state;
