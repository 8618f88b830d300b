/**
 * Preflight checks ({@code migcal check}): one line per check, pass or fail with how to fix it.
 * May use: {@code harness.config}, {@code harness.delay}, {@code harness.ssh}, {@code harness.sweep},
 * {@code harness.time}.
 */
package io.migcal.harness.sweep.check;
