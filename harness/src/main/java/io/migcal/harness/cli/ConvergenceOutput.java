package io.migcal.harness.cli;

import io.migcal.model.csv.CsvDelimiter;
import io.migcal.model.fit.FitReport;
import io.migcal.model.fit.PrecopyConvergence;
import io.migcal.model.measure.ConvergenceEvidence;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code precopy-convergence.json} beside a fit: written when the rows have a dirty-rate axis or a
 * migration that did not converge, for the fit of all rows and for each migration-settings combination.
 */
final class ConvergenceOutput {
    private ConvergenceOutput() {
    }

    /**
     * Writes the file into {@code dir} when the rows say something about convergence; returns what it
     * wrote. {@code forcedBy}: the setting that made QEMU converge regardless (null: none).
     */
    static Optional<PrecopyConvergence> write(FitReport report, Path data, CsvDelimiter delimiter, Path dir,
            String forcedBy) throws IOException {
        ConvergenceEvidence evidence = ConvergenceEvidence.read(data, delimiter);
        if (!report.data().hasDirtyRates() && !evidence.anyNotConverged()) {
            return Optional.empty();
        }
        PrecopyConvergence convergence = PrecopyConvergence.of(report, evidence).forcedBy(forcedBy);
        convergence.write(dir.resolve(PrecopyConvergence.FILE_NAME));
        return Optional.of(convergence);
    }
}
