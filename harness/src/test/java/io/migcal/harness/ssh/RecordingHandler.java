package io.migcal.harness.ssh;

import io.migcal.harness.lab.sshd.ShellCommandHandler;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every command line the SSH server received, then lets {@code answer} reply to it. */
public final class RecordingHandler implements ShellCommandHandler {
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final ShellCommandHandler answer;

    public RecordingHandler(ShellCommandHandler answer) {
        this.answer = answer;
    }

    @Override
    public int execute(String command, OutputStream stdout, OutputStream stderr) throws Exception {
        received.add(command);
        return answer.execute(command, stdout, stderr);
    }

    public List<String> received() {
        return List.copyOf(received);
    }
}
