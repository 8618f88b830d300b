/**
 * Running commands on hosts over SSH: {@code RemoteShell}, its JSch implementation with host-key
 * checking (strict by default), agent or key login, jump hosts, per-command timeouts.
 * May use: {@code harness.config}, {@code io.migcal.model}, JSch (only here).
 */
package io.migcal.harness.ssh;
