package io.migcal.model.report.run;

import io.migcal.model.plot.RttTimeFigure;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Draws one figure per RAM level (the paper's Figs. 2 and 3 where the run has the paper's levels). */
final class RunFigures {
    private RunFigures() {
    }

    /** Writes {@code <name>.png} and {@code .svg} into {@code dir}; returns the PNG names in level order. */
    static List<String> write(Path dir, RunAnalysis run) throws IOException {
        List<String> pngs = new ArrayList<>();
        for (int i = 0; i < run.levels().size(); i++) {
            RamLevel level = run.levels().get(i);
            FigureNames.Named name = run.figures().get(i);
            String title = (name.paperFigure() > 0 ? "Fig. " + name.paperFigure() + ": " : "")
                    + "preset RTT vs transfer time, RAM usage " + level.label();
            RttTimeFigure.write(dir.resolve(name.file()), level.observations(), run.model().orElse(null),
                    level.meanUsedBytes(),
                    title);
            pngs.add(name.file() + ".png");
        }
        return pngs;
    }
}
