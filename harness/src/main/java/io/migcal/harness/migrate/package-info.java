/**
 * The seam every hypervisor driver implements: {@code Hypervisor} (locate, migrate, describe), the
 * request and the outcome of one migration with the hypervisor's own timings.
 * May use: {@code model.measure} (the sample status), {@code harness.config} (the migration settings).
 */
package io.migcal.harness.migrate;
