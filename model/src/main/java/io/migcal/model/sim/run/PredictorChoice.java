package io.migcal.model.sim.run;

import io.migcal.model.fit.TransferTimePredictor;
import io.migcal.model.sim.BuiltInTransferModel;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Which transfer-time model a simulation uses: {@code --model} if given, else the scenario's
 * {@code transfer-model} ({@code default} = {@link BuiltInTransferModel}, anything else a path).
 * The file reader is passed in, so the command decides how {@code transfer-model.json} is read.
 */
public record PredictorChoice(String label, TransferTimePredictor predictor) {

    public static PredictorChoice of(String scenarioSetting, Path override,
            Function<Path, TransferTimePredictor> readModelFile) {
        if (override != null) {
            return new PredictorChoice(override.toString(), readModelFile.apply(override));
        }
        if (scenarioSetting == null || scenarioSetting.equals("default")) {
            return new PredictorChoice("default", new BuiltInTransferModel());
        }
        return new PredictorChoice(scenarioSetting, readModelFile.apply(Path.of(scenarioSetting)));
    }
}
