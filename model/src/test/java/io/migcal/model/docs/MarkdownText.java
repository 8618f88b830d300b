package io.migcal.model.docs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the checks read in a Markdown file: its links, its prose (code blanked out) and its anchors. */
final class MarkdownText {
    private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern INLINE_CODE = Pattern.compile("`[^`\\n]*`");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+(.+?)\\s*#*\\s*$");

    private MarkdownText() {
    }

    /** Link targets outside fenced code blocks, as written. */
    static List<String> links(String markdown) {
        List<String> targets = new ArrayList<>();
        Matcher link = LINK.matcher(withoutFences(markdown));
        while (link.find()) {
            targets.add(link.group(1));
        }
        return targets;
    }

    /** The text with fenced code blocks and inline code blanked (line breaks kept). */
    static String prose(String markdown) {
        Matcher code = INLINE_CODE.matcher(withoutFences(markdown));
        StringBuilder out = new StringBuilder();
        while (code.find()) {
            code.appendReplacement(out, Matcher.quoteReplacement(" ".repeat(code.group().length())));
        }
        code.appendTail(out);
        return out.toString();
    }

    /** The anchors GitHub gives the headings: lower case, punctuation dropped, spaces as hyphens. */
    static Set<String> anchors(String markdown) {
        Set<String> anchors = new HashSet<>();
        Matcher heading = HEADING.matcher(withoutFences(markdown));
        while (heading.find()) {
            String text = heading.group(1).replace("`", "").toLowerCase(Locale.ROOT);
            anchors.add(text.replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
        }
        return anchors;
    }

    private static String withoutFences(String markdown) {
        StringBuilder out = new StringBuilder();
        boolean inFence = false;
        for (String line : markdown.split("\n", -1)) {
            boolean fence = line.stripLeading().startsWith("```");
            out.append(inFence || fence ? "" : line).append('\n');
            inFence ^= fence;
        }
        return out.toString();
    }
}
