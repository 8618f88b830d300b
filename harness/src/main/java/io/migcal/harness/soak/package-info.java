/**
 * The fault soak ({@code migcal lab soak}): a long sweep on the virtual lab while faults land at
 * moments drawn from the soak's seed, and the tally that shows nothing was lost or measured twice.
 */
package io.migcal.harness.soak;
