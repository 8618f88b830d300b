/**
 * {@code migcal reproduce}: the virtual-lab sweep through the real client, the fit, Figs. 2-3,
 * Tables 3 and 5 with the fitted model, and the report. Gets its lab and connector from {@code cli}
 * ({@code VirtualLabWiring}). May use: {@code harness.config}, {@code harness.lab},
 * {@code harness.sweep}, {@code harness.time}, and {@code model}.
 */
package io.migcal.harness.reproduce;
