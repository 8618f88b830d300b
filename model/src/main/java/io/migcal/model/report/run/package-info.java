/**
 * {@code migcal report}: a report of one or more sweep run directories (figures per RAM level, the
 * fit, measured against model per cell, the run's context, Tables 3 and 5 simulated with the fitted
 * model), rendered by {@link io.migcal.model.report.MarkdownRenderer} and
 * {@link io.migcal.model.report.HtmlRenderer}.
 */
package io.migcal.model.report.run;
