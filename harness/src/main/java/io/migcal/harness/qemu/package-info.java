/**
 * The plain-QEMU driver: QMP over a Unix socket or TCP, starting the incoming QEMU, tunables,
 * following {@code query-migrate}, and the hosts' path settings (local QEMU lab, docs/local-qemu-lab.md).
 * May use: {@code harness.config}, {@code harness.delay}, {@code harness.migrate}, {@code harness.ssh},
 * {@code harness.time}, {@code model}, Jackson.
 */
package io.migcal.harness.qemu;
