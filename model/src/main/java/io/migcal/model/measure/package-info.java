/**
 * The measurement record: {@code MeasurementRow} (one row per migration attempt, built by name), its
 * fixed columns, the strict CSV reader ({@code file:line:column} errors) and the writer that forces
 * each row to disk; the predict CSV's points. Documented in docs/record-schema.md.
 * May use: {@code io.migcal.model} and the JDK.
 */
package io.migcal.model.measure;
