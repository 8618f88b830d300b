package io.migcal.harness.lab.shell;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** The two output streams of one command, written as UTF-8 and flushed at once (for streaming output). */
public record ShellIo(OutputStream stdout, OutputStream stderr) {

    public void out(String text) throws IOException {
        stdout.write(text.getBytes(StandardCharsets.UTF_8));
        stdout.flush();
    }

    public void err(String text) throws IOException {
        stderr.write(text.getBytes(StandardCharsets.UTF_8));
        stderr.flush();
    }
}
