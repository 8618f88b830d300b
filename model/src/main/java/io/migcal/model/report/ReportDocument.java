package io.migcal.model.report;

import java.util.ArrayList;
import java.util.List;

/** A report as an ordered list of blocks, built once and rendered to as many formats as needed. */
public record ReportDocument(String title, List<ReportBlock> blocks) {

    public ReportDocument {
        blocks = List.copyOf(blocks);
    }

    public static Builder titled(String title) {
        return new Builder(title);
    }

    /** Collects blocks in order. */
    public static final class Builder {
        private final String title;
        private final List<ReportBlock> blocks = new ArrayList<>();

        private Builder(String title) {
            this.title = title;
        }

        public Builder heading(String text) {
            blocks.add(new ReportBlock.Heading(2, text));
            return this;
        }

        /** A heading one level below {@link #heading}, for the parts of a section. */
        public Builder subheading(String text) {
            blocks.add(new ReportBlock.Heading(3, text));
            return this;
        }

        public Builder paragraph(String text) {
            blocks.add(new ReportBlock.Paragraph(text));
            return this;
        }

        public Builder table(List<String> header, List<List<String>> rows) {
            blocks.add(new ReportBlock.Table(header, rows));
            return this;
        }

        public Builder figures(List<String> imageFiles, String caption) {
            blocks.add(new ReportBlock.Figures(imageFiles, caption));
            return this;
        }

        public ReportDocument build() {
            return new ReportDocument(title, blocks);
        }
    }
}
