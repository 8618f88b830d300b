/**
 * The monotonic clock the harness times with, and the compressed clock the virtual lab and
 * {@code reproduce} share. May use: the JDK only.
 */
package io.migcal.harness.time;
