package io.migcal.harness.qemu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QmpConnectionTest {

    @TempDir
    Path dir;

    @Test
    void greetingGivesQemuVersionAndCapabilitiesAreNegotiatedFirst() throws Exception {
        try (ScriptedQmpServer server = new ScriptedQmpServer(dir, "vm");
                QmpConnection qmp = server.endpoint().connect()) {
            assertThat(qmp.qemuVersion()).isEqualTo("7.2.22");
            assertThat(server.commands()).containsExactly("qmp_capabilities");
        }
    }

    @Test
    void errorReplyBecomesQmpExceptionWithQemusErrorClass() throws Exception {
        try (ScriptedQmpServer server = new ScriptedQmpServer(dir, "vm");
                QmpConnection qmp = server.endpoint().connect()) {
            server.on("migrate", "{\"error\": {\"class\": \"GenericError\", \"desc\": \"Failed to connect socket\"}}");
            assertThatThrownBy(() -> qmp.execute("migrate", QmpConnection.arguments().put("uri", "tcp:x:1")))
                    .isInstanceOf(QmpException.class)
                    .hasMessageContaining("Failed to connect socket")
                    .satisfies(e -> assertThat(((QmpException) e).errorClass()).isEqualTo("GenericError"));
        }
    }

    @Test
    void eventsBetweenRequestAndReplyAreSkippedNotTakenAsTheReply() throws Exception {
        try (ScriptedQmpServer server = new ScriptedQmpServer(dir, "vm");
                QmpConnection qmp = server.endpoint().connect()) {
            server.on("query-status",
                    "{\"timestamp\": {\"seconds\": 1795672838, \"microseconds\": 381463}, \"event\": \"STOP\"}\n"
                            + "{\"return\": {\"status\": \"postmigrate\", \"singlestep\": false, \"running\": false}}");
            assertThat(qmp.execute("query-status", null).path("status").asText()).isEqualTo("postmigrate");
        }
    }

    @Test
    void somethingThatIsNotQmpIsRejectedAtConnect() throws Exception {
        Path missing = dir.resolve("nothing.qmp");
        assertThatThrownBy(() -> new UnixSocketQmpEndpoint(missing).connect())
                .hasMessageContaining("cannot reach QMP at unix:" + missing);
    }
}
