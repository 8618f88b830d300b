package io.migcal.model.plot;

import io.migcal.model.fit.FitReport;
import io.migcal.model.fit.TransferModelFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The directory {@code migcal fit --out} writes: {@code transfer-model.json} and the figures. */
public final class FitDirectory {

    private FitDirectory() {
    }

    /** Creates {@code dir} if missing and writes the model file and the figures into it. */
    public static void write(Path dir, FitReport report, String migcalVersion) throws IOException {
        Files.createDirectories(dir);
        TransferModelFile.write(dir.resolve(TransferModelFile.FILE_NAME), report, migcalVersion);
        FitFigures.write(dir, report);
    }
}
