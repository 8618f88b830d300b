/**
 * The ground truth, pure functions: how long a migration takes given memory, RTT and the delay box,
 * its timeline and noise (docs/virtual-lab.md). May use: the JDK only.
 */
package io.migcal.harness.lab.truth;
