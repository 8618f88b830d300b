/**
 * Figures of a fit (XChart): transfer time against RTT with the fitted curve and its band, and
 * residuals, written as PNG and SVG.
 * May use: {@code model.fit}, {@code model.measure}, XChart.
 */
package io.migcal.model.plot;
