/**
 * A small document model ({@code ReportDocument} of {@code ReportBlock}s) and its Markdown and HTML
 * renderers, for {@code report.md} and {@code report.html}.
 * May use: the JDK only.
 */
package io.migcal.model.report;
