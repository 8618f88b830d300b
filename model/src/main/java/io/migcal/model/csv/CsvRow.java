package io.migcal.model.csv;

import java.util.List;

/** One data record of a {@link CsvTable}: its cells and the physical line it starts on (1-based). */
public record CsvRow(int line, List<String> cells) {

    public CsvRow {
        cells = List.copyOf(cells);
    }

    public String cell(int column) {
        return cells.get(column);
    }
}
