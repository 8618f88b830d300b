package io.migcal.model.report;

/** Renders a report as GitHub-flavoured Markdown. */
public final class MarkdownRenderer {

    public String render(ReportDocument document) {
        StringBuilder out = new StringBuilder("# ").append(document.title()).append("\n\n");
        for (ReportBlock block : document.blocks()) {
            appendBlock(out, block);
            out.append('\n');
        }
        return out.toString();
    }

    private static void appendBlock(StringBuilder out, ReportBlock block) {
        if (block instanceof ReportBlock.Heading heading) {
            out.append("#".repeat(heading.level())).append(' ').append(heading.text()).append('\n');
        } else if (block instanceof ReportBlock.Paragraph paragraph) {
            out.append(paragraph.text()).append('\n');
        } else if (block instanceof ReportBlock.Table table) {
            appendRow(out, table.header());
            out.append("|").append(" --- |".repeat(table.header().size())).append('\n');
            table.rows().forEach(row -> appendRow(out, row));
        } else if (block instanceof ReportBlock.Figures figures) {
            for (String image : figures.imageFiles()) {
                out.append("![").append(figures.caption()).append("](").append(image).append(") ");
            }
            out.append("\n\n*").append(figures.caption()).append("*\n");
        }
    }

    private static void appendRow(StringBuilder out, java.util.List<String> cells) {
        out.append('|');
        for (String cell : cells) {
            out.append(' ').append(cell.replace("|", "\\|")).append(" |");
        }
        out.append('\n');
    }
}
