/**
 * The placement simulator (docs/simulator.md). This package holds the built-in transfer model;
 * {@code engine} is the event loop and cluster state, {@code policy} the placement policies,
 * {@code scenario} reading scenarios and presets, {@code run} runs and comparisons, {@code report}
 * output. May use: {@code model.fit} (a fitted model predicts transfer times).
 */
package io.migcal.model.sim;
