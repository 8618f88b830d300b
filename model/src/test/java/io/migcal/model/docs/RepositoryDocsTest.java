package io.migcal.model.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The repository stands on its own: every relative Markdown link resolves (anchors included), every
 * {@code *.md} a text cites is in the repository, and no text names a path of the machine it was
 * written on. Host paths in commands (a log file in a guest's temporary directory, root's SSH keys on a
 * node) are code, not citations: the temporary and root home directories are refused only in Markdown
 * prose and Java comments, the build machine's own directories everywhere.
 */
class RepositoryDocsTest {
    // spelled in pieces so that this file does not cite them itself
    private static final List<String> BUILD_MACHINE_PATHS = List.of("/wo" + "rk/", "/ho" + "me/", "../sha" + "red");
    private static final List<String> HOST_PATHS_OUTSIDE_CODE = List.of("/t" + "mp/", "/ro" + "ot/");
    private static final Pattern URL = Pattern.compile("[a-z][a-z0-9+.-]*://\\S+");
    private static final Pattern CITED_MD = Pattern.compile("[\\w./-]*\\w\\.md\\b");
    private final RepositoryTexts repo = RepositoryTexts.fromModuleDirectory();

    @Test
    void relativeMarkdownLinksResolve() {
        List<String> broken = new ArrayList<>();
        for (Path doc : repo.markdown()) {
            String text = repo.read(doc);
            for (String target : MarkdownText.links(text)) {
                String why = brokenLink(doc, text, target);
                if (why != null) {
                    broken.add(repo.relative(doc) + ": link (" + target + ") " + why);
                }
            }
        }
        assertThat(repo.markdown()).as("Markdown files found").hasSizeGreaterThan(5);
        assertThat(broken).as("links that do not resolve").isEmpty();
    }

    @Test
    void everyCitedMarkdownFileIsInTheRepository() {
        Set<String> names = repo.allFileNames();
        List<String> missing = new ArrayList<>();
        for (Path file : repo.files()) {
            String text = URL.matcher(repo.read(file)).replaceAll(" ");
            Matcher cited = CITED_MD.matcher(text);
            while (cited.find()) {
                if (!citationResolves(file, text, cited, names)) {
                    missing.add(repo.relative(file) + ":" + lineOf(text, cited.start()) + ": cites " + cited.group());
                }
            }
        }
        assertThat(missing).as("cited Markdown files that are not in the repository").isEmpty();
    }

    @Test
    void noTextNamesAPathOfTheMachineItWasWrittenOn() {
        List<String> found = new ArrayList<>();
        for (Path file : repo.files()) {
            String text = repo.read(file);
            scan(file, text, BUILD_MACHINE_PATHS, found);
            String extension = RepositoryTexts.extension(file);
            if (extension.equals("md")) {
                scan(file, MarkdownText.prose(text), HOST_PATHS_OUTSIDE_CODE, found);
            } else if (extension.equals("java")) {
                scan(file, JavaComments.of(text), HOST_PATHS_OUTSIDE_CODE, found);
            }
        }
        assertThat(found).as("machine paths in docs, comments, scripts or configs").isEmpty();
    }

    @Test
    void everyMainPackageSaysWhatLivesThereAndWhatItMayUse() {
        List<String> undocumented = new ArrayList<>();
        for (Path source : repo.files()) {
            String relative = repo.relative(source);
            if (relative.contains("/src/main/java/") && relative.endsWith(".java")
                    && !Files.exists(source.resolveSibling("package-info.java"))) {
                undocumented.add(repo.relative(source.getParent()));
            }
        }
        assertThat(undocumented.stream().distinct().toList()).as("main packages without package-info.java").isEmpty();
    }

    private String brokenLink(Path doc, String text, String target) {
        if (target.matches("[a-z][a-z0-9+.-]*:.*")) {
            return null; // http, https, mailto: not this test's business
        }
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? null : target.substring(hash + 1);
        Path resolved = path.isEmpty() ? doc : doc.getParent().resolve(path).normalize();
        if (!resolved.startsWith(repo.root()) || !Files.exists(resolved)) {
            return "points to nothing";
        }
        if (anchor != null && resolved.toString().endsWith(".md")
                && !MarkdownText.anchors(path.isEmpty() ? text : repo.read(resolved)).contains(anchor)) {
            return "names no heading of " + repo.relative(resolved);
        }
        return null;
    }

    private boolean citationResolves(Path file, String text, Matcher cited, Set<String> names) {
        String name = cited.group();
        if (name.startsWith("/")) {
            char before = cited.start() == 0 ? ' ' : text.charAt(cited.start() - 1);
            if (!Character.isLetterOrDigit(before) && ">})".indexOf(before) < 0) {
                return false; // an absolute path: never in the repository
            }
            name = name.substring(1); // the tail of a placeholder path such as <run>/report.md
        }
        name = name.replaceFirst("^(\\./)+", "");
        if (!name.contains("/")) {
            return names.contains(name);
        }
        return Files.exists(repo.root().resolve(name)) || Files.exists(file.getParent().resolve(name).normalize());
    }

    private void scan(Path file, String text, List<String> needles, List<String> found) {
        for (String needle : needles) {
            for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
                found.add(repo.relative(file) + ":" + lineOf(text, at) + ": " + needle);
            }
        }
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
