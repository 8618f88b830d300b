package io.migcal.model.report;

import java.util.List;

/** Renders a report as one self-contained HTML page (images by relative path, figures side by side). */
public final class HtmlRenderer {
    private static final String STYLE = "body{font-family:sans-serif;max-width:1200px;margin:2em auto;padding:0 1em}"
            + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #bbb;padding:4px 8px;text-align:right}"
            + "th{background:#eee}td:first-child,th:first-child{text-align:left}"
            + ".figs{display:flex;gap:1em;flex-wrap:wrap}.figs img{max-width:49%;height:auto}";

    public String render(ReportDocument document) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(escape(document.title())).append("</title><style>").append(STYLE)
                .append("</style></head><body>\n<h1>").append(escape(document.title())).append("</h1>\n");
        for (ReportBlock block : document.blocks()) {
            appendBlock(out, block);
        }
        return out.append("</body></html>\n").toString();
    }

    private static void appendBlock(StringBuilder out, ReportBlock block) {
        if (block instanceof ReportBlock.Heading heading) {
            out.append("<h").append(heading.level()).append('>').append(escape(heading.text()))
                    .append("</h").append(heading.level()).append(">\n");
        } else if (block instanceof ReportBlock.Paragraph paragraph) {
            out.append("<p>").append(escape(paragraph.text())).append("</p>\n");
        } else if (block instanceof ReportBlock.Table table) {
            out.append("<table>\n");
            appendRow(out, "th", table.header());
            table.rows().forEach(row -> appendRow(out, "td", row));
            out.append("</table>\n");
        } else if (block instanceof ReportBlock.Figures figures) {
            out.append("<figure><div class=\"figs\">");
            for (String image : figures.imageFiles()) {
                out.append("<img src=\"").append(escape(image)).append("\" alt=\"").append(escape(figures.caption()))
                        .append("\">");
            }
            out.append("</div><figcaption>").append(escape(figures.caption())).append("</figcaption></figure>\n");
        }
    }

    private static void appendRow(StringBuilder out, String cellTag, List<String> cells) {
        out.append("<tr>");
        for (String cell : cells) {
            out.append('<').append(cellTag).append('>').append(escape(cell)).append("</").append(cellTag).append('>');
        }
        out.append("</tr>\n");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
