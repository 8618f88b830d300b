package io.migcal.harness.lab.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line the way sh does for simple commands: into the commands of a {@code ;} list,
 * and each into words (quotes and backslashes).
 */
final class ShellWords {
    private ShellWords() {
    }

    /** The commands of a {@code cmd1; cmd2} list, split at each {@code ;} outside quotes. */
    static List<String> commands(String line) {
        List<String> commands = new ArrayList<>();
        StringBuilder command = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote == 0 && c == ';') {
                commands.add(command.toString());
                command.setLength(0);
                continue;
            }
            if (quote == 0 && c == '\\' && i + 1 < line.length()) {
                command.append(c).append(line.charAt(++i));
                continue;
            }
            if (quote == 0 && (c == '\'' || c == '"')) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            }
            command.append(c);
        }
        commands.add(command.toString());
        return commands;
    }

    static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (c == '\\' && i + 1 < line.length()) {
                word.append(line.charAt(++i));
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
