package io.migcal.model.report;

import java.util.List;

/** One block of a report: a heading, a paragraph, a table or a figure. Rendered to Markdown and HTML. */
public sealed interface ReportBlock {

    record Heading(int level, String text) implements ReportBlock {
    }

    record Paragraph(String text) implements ReportBlock {
    }

    /** A table; every row has as many cells as the header. */
    record Table(List<String> header, List<List<String>> rows) implements ReportBlock {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            for (List<String> row : rows) {
                if (row.size() != header.size()) {
                    throw new IllegalArgumentException("row " + row + " has " + row.size()
                            + " cells, the header has " + header.size());
                }
            }
        }
    }

    /** Figures shown side by side: image files relative to the report, with a caption. */
    record Figures(List<String> imageFiles, String caption) implements ReportBlock {
        public Figures {
            imageFiles = List.copyOf(imageFiles);
        }
    }
}
