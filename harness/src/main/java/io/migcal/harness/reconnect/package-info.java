/**
 * Riding out a flaky link between sites: bounded exponential backoff for calls that are safe to
 * repeat, a marker for faults that are not, and the journal of every retry for logs and rows.
 */
package io.migcal.harness.reconnect;
