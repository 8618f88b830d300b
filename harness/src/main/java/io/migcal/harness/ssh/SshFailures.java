package io.migcal.harness.ssh;

import com.jcraft.jsch.JSchChangedHostKeyException;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.JSchUnknownHostKeyException;
import io.migcal.model.BadInputException;
import java.io.IOException;

/**
 * Turns JSch's exceptions into one line a user can act on. Trust and credential problems are bad input
 * (the user fixes the config or known_hosts); anything else is an I/O failure worth retrying.
 */
final class SshFailures {
    private SshFailures() {
    }

    static Exception translate(SshTarget target, JSchException e) {
        String who = "ssh " + target.describe();
        String knownHosts = target.knownHostsFile().toString();
        String name = target.knownHostsName();
        if (e instanceof JSchChangedHostKeyException) {
            return new BadInputException(who + ": REFUSED, the host key differs from the one recorded for " + name
                    + " in " + knownHosts + " (the host was reinstalled, or someone is intercepting the connection);"
                    + " if you know it was reinstalled, remove the old key with `ssh-keygen -R '" + name + "' -f "
                    + knownHosts + "` and connect once with --accept-new-host-keys", e);
        }
        if (e instanceof JSchUnknownHostKeyException) {
            return new BadInputException(who + ": host " + name + " is not in " + knownHosts
                    + "; add its key after checking its fingerprint (`ssh-keyscan -p " + target.port() + " "
                    + target.host() + " >> " + knownHosts + "`), or connect once with --accept-new-host-keys", e);
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.startsWith("Auth fail") || message.startsWith("Auth cancel")) {
            return new BadInputException(who + ": authentication failed; check the user, the private key file"
                    + " (and that its public key is in the host's authorized_keys), the key passphrase and the password", e);
        }
        if (message.startsWith("invalid privatekey")) {
            return new BadInputException(who + ": cannot load the private key " + target.identityFile()
                    + "; check the file and its passphrase reference", e);
        }
        Throwable cause = e.getCause() == null ? e : e.getCause();
        return new SshUnreachableException(who + ": cannot connect (" + oneLine(cause) + ")", e);
    }

    static String oneLine(Throwable t) {
        String message = t.getMessage();
        String text = message == null || message.isBlank() ? t.getClass().getSimpleName() : message;
        return text.replace('\n', ' ').strip();
    }
}
