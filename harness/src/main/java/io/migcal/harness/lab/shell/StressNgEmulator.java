package io.migcal.harness.lab.shell;

import io.migcal.harness.lab.state.LabState;
import java.util.List;
import java.util.Locale;

/**
 * The guest's memory load: {@code command -v stress-ng}, a background
 * {@code stress-ng --vm 1 --vm-bytes N ... & echo $!} (memory rises to baseline + N), and
 * {@code pkill -TERM -f 'stress-ng --vm'; true}. A worker without {@code --vm-hang 0} keeps
 * rewriting its pages, which the ground truth sees as a dirty rate.
 */
public final class StressNgEmulator {
    private final LabState state;

    public StressNgEmulator(LabState state) {
        this.state = state;
    }

    public int commandV(List<String> words, String line, ShellIo io) throws Exception {
        if (words.size() == 3 && words.get(1).equals("-v") && words.get(2).equals("stress-ng")) {
            io.out("/usr/bin/stress-ng\n");
            return 0;
        }
        return 1;
    }

    public int stressNg(List<String> words, String line, ShellIo io) throws Exception {
        int i = words.indexOf("--vm-bytes");
        if (i < 0 || i + 1 >= words.size()) {
            io.err("stress-ng: error: no stressors specified\n");
            return 1;
        }
        long bytes;
        try {
            bytes = parseBytes(words.get(i + 1));
        } catch (NumberFormatException e) {
            io.err("stress-ng: error: invalid value '" + words.get(i + 1) + "' for --vm-bytes\n");
            return 1;
        }
        int hang = words.indexOf("--vm-hang");
        boolean dirtying = hang < 0 || !"0".equals(words.get(hang + 1));
        int pid = state.startStress(bytes, dirtying);
        if (line.contains("echo $!")) {
            io.out(pid + "\n");
        }
        return 0;
    }

    private static long parseBytes(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        long multiplier = switch (t.isEmpty() ? ' ' : t.charAt(t.length() - 1)) {
            case 'k' -> 1024L;
            case 'm' -> 1024L * 1024;
            case 'g' -> 1024L * 1024 * 1024;
            case 'b' -> 1L;
            default -> 0L;
        };
        return multiplier == 0 ? Long.parseLong(t) : Long.parseLong(t.substring(0, t.length() - 1)) * multiplier;
    }

    public int pkill(List<String> words, String line, ShellIo io) throws Exception {
        int stopped = line.contains("stress-ng") ? state.stopStress() : 0;
        boolean orTrue = line.contains("; true") || line.contains("|| true");
        return stopped > 0 || orTrue ? 0 : 1;
    }
}
