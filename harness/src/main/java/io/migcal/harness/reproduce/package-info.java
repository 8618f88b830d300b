/**
 * {@code migcal reproduce}: the virtual-lab sweep through the real client, then the report
 * {@code migcal report} writes for that run (Figs. 2-3, the fit, Tables 3 and 5 with the fitted model)
 * with one more section, the fit against the lab's ground truth. Gets its lab and connector from {@code cli}
 * ({@code VirtualLabWiring}). May use: {@code harness.config}, {@code harness.lab},
 * {@code harness.sweep}, {@code harness.time}, and {@code model}.
 */
package io.migcal.harness.reproduce;
