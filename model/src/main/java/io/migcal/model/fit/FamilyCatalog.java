package io.migcal.model.fit;

import io.migcal.model.BadInputException;
import java.util.List;
import java.util.Optional;

/** Every model family migcal knows, by the name used on the command line and in the model file. */
public final class FamilyCatalog {
    public static final String AUTO = "auto";

    private FamilyCatalog() {
    }

    public static List<ModelFamily> all() {
        return List.of(WindowCapFamily.windowCap(), WindowCapFamily.windowCapSmooth(),
                WindowCapFamily.windowCapWithExtraMemory(), WindowCapFamily.windowCapPlainLeastSquares(),
                WindowCapFamily.precopy(), new LinearInteractionFamily(), new QueueLossFamily(),
                new ShapeFreeFamily());
    }

    public static List<String> names() {
        return all().stream().map(ModelFamily::name).toList();
    }

    public static Optional<ModelFamily> find(String name) {
        return all().stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public static ModelFamily byName(String name) {
        return find(name).orElseThrow(() -> new BadInputException("unknown model family '" + name + "'; use auto or one of "
                + String.join(", ", names())));
    }
}
