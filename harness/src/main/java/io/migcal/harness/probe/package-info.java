/**
 * Downtime seen from outside: echoes sent to the guest while a migration runs (ICMP through the
 * host's ping, or UDP echo sent by the harness), the longest gap between replies as
 * {@code downtime_observed_ms}, and the hypervisor decorator that runs a prober around each migration.
 * May use: {@code harness.config}, {@code harness.migrate}, {@code harness.time}, {@code model}.
 */
package io.migcal.harness.probe;
