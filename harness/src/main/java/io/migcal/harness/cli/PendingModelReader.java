package io.migcal.harness.cli;

import io.migcal.model.BadInputException;
import io.migcal.model.fit.TransferTimePredictor;
import java.nio.file.Path;

/**
 * Stands in for the reader of {@code transfer-model.json} until {@code migcal fit}'s reader is
 * merged; {@link SimulateCommand}'s default constructor is the one place to swap it.
 */
final class PendingModelReader {
    private PendingModelReader() {
    }

    static TransferTimePredictor read(Path file) {
        throw new BadInputException("reading " + file + " needs the transfer-model reader from 'migcal fit',"
                + " which this build lacks; omit --model to use the built-in default model");
    }
}
