/**
 * The delay element: {@code DelayController} with netem over SSH or an appliance's command templates,
 * queue-limit sizing, read-back verification, the RTT probe, and the path and node facts recorded as
 * context columns. Commands in docs/host-commands.md. May use: {@code harness.ssh}, {@code io.migcal.model}.
 */
package io.migcal.harness.delay;
