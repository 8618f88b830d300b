package io.migcal.harness.lab;

import com.jcraft.jsch.ChannelExec;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** A bare JSch client for tests: key login, host key checked against the lab's known_hosts. */
final class JschProbe {
    record Result(int exit, String out, String err) {
    }

    private JschProbe() {
    }

    static Session connect(LabSshAccess endpoint, String knownHostsFile) throws JSchException {
        JSch jsch = new JSch();
        jsch.addIdentity(endpoint.privateKeyFile());
        jsch.setKnownHosts(knownHostsFile);
        Session session = jsch.getSession(endpoint.user(), endpoint.host(), endpoint.port());
        session.setConfig("StrictHostKeyChecking", "yes");
        session.connect(10_000);
        return session;
    }

    static Result run(LabSshAccess endpoint, String command) throws Exception {
        Session session = connect(endpoint, endpoint.knownHostsFile());
        try {
            return run(session, command);
        } finally {
            session.disconnect();
        }
    }

    static Result run(Session session, String command) throws Exception {
        ChannelExec channel = (ChannelExec) session.openChannel("exec");
        channel.setCommand(command);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        channel.setOutputStream(out);
        channel.setErrStream(err);
        channel.connect(10_000);
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!channel.isClosed() && session.isConnected() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        int exit = channel.getExitStatus();
        channel.disconnect();
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
