/**
 * The simulator's output: table, JSON and CSV renderings of runs and comparisons.
 * May use: {@code model.sim.run}, {@code model.measure}, Jackson.
 */
package io.migcal.model.sim.report;
