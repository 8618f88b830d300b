/**
 * The paper calibration as a tool ({@code migcal calibrate}): the unstated parameters of both
 * presets, the objective over Tables 3 and 5, the search (random, then commons-math3's Nelder-Mead),
 * the preset writer and the reproduction report. Writes only into a directory the caller names.
 * May use: the other {@code model.sim} packages, {@code io.migcal.model}, commons-math3.
 */
package io.migcal.model.sim.calibrate;
