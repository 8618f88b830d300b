package io.migcal.model.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportRenderersTest {
    private final ReportDocument document = ReportDocument.titled("Run <1>")
            .heading("Table 3")
            .paragraph("a & b")
            .table(List.of("policy", "processing time (min)"), List.of(List.of("paper|ours", "708.4")))
            .figures(List.of("fig2.png", "fig3.png"), "RTT against transfer time")
            .build();

    @Test
    void markdownEscapesPipesInCellsAndWritesOneRowPerLine() {
        String markdown = new MarkdownRenderer().render(document);

        assertThat(markdown).startsWith("# Run <1>\n");
        assertThat(markdown).contains("| policy | processing time (min) |\n| --- | --- |\n| paper\\|ours | 708.4 |\n");
        assertThat(markdown).contains("![RTT against transfer time](fig2.png) ![RTT against transfer time](fig3.png)");
    }

    @Test
    void htmlEscapesTextAndShowsFiguresSideBySide() {
        String html = new HtmlRenderer().render(document);

        assertThat(html).contains("<title>Run &lt;1&gt;</title>");
        assertThat(html).contains("<p>a &amp; b</p>");
        assertThat(html).contains("<tr><td>paper|ours</td><td>708.4</td></tr>");
        assertThat(html).contains("<div class=\"figs\"><img src=\"fig2.png\"");
    }

    @Test
    void aRowWithTheWrongNumberOfCellsIsRefused() {
        assertThatThrownBy(() -> ReportDocument.titled("t").table(List.of("a", "b"), List.of(List.of("1"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has 1 cells, the header has 2");
    }
}
