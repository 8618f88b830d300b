package io.migcal.harness.pve;

import io.migcal.harness.config.TlsTrust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migcal.harness.config.Secret;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PveHttpTest {
    private static final Upid TASK = Upid.parse("UPID:pve1:0006C7D9:0029F72D:665DCD12:qmigrate:110:root@pam:");
    private final PveLab lab = new PveLab();

    PveHttpTest() throws Exception {
    }

    @BeforeEach
    void version() {
        lab.node.extraGets.put("/version", request -> lab.node.data(Map.of("version", "8.2.4", "release", "8.2",
                "repoid", "faa83925")));
        lab.node.tasks.put(TASK.text(), ScriptedTask.endless(TASK, List.of("x"), List.of("TASK ERROR: stopped")));
    }

    @AfterEach
    void stop() throws Exception {
        lab.close();
    }

    @Test
    void ticketIsSentAsCookieWithCsrfOnWritesOnly() throws Exception {
        PveApi api = lab.api(PveLab.ticket());

        assertThat(api.version().version()).isEqualTo("8.2.4");
        api.stopTask(TASK);

        RecordedRequest login = lab.node.requestsTo("POST", "/access/ticket").get(0);
        assertThat(FormFields.parse(login.getBody().clone().readUtf8()))
                .containsEntry("username", "root@pam").containsEntry("password", FakePveNode.PASSWORD);
        RecordedRequest get = lab.node.requestsTo("GET", "/version").get(0);
        assertThat(get.getHeader("Cookie")).isEqualTo("PVEAuthCookie=PVE:root@pam:6650A1B1::signature1");
        assertThat(get.getHeader("CSRFPreventionToken")).isNull();
        RecordedRequest delete = lab.node.requestsTo("DELETE", "/nodes/pve1/tasks/.*").get(0);
        assertThat(delete.getHeader("CSRFPreventionToken")).isEqualTo("6650A1B1:csrf1");
        assertThat(delete.getHeader("Authorization")).isNull();
    }

    @Test
    void ticketIsRenewedWithItselfAfterNinetyMinutesNotBefore() throws Exception {
        PveApi api = lab.api(PveLab.ticket());
        api.version();
        lab.clock.sleepMillis(89 * 60_000L);
        api.version();
        assertThat(lab.node.requestsTo("POST", "/access/ticket")).hasSize(1);

        lab.clock.sleepMillis(60_000L);
        api.version();

        List<RecordedRequest> logins = lab.node.requestsTo("POST", "/access/ticket");
        assertThat(logins).hasSize(2);
        assertThat(FormFields.parse(logins.get(1).getBody().clone().readUtf8()))
                .containsEntry("password", "PVE:root@pam:6650A1B1::signature1");
        List<RecordedRequest> gets = lab.node.requestsTo("GET", "/version");
        assertThat(gets.get(2).getHeader("Cookie")).isEqualTo("PVEAuthCookie=PVE:root@pam:6650A1B2::signature2");
    }

    @Test
    void wrongPasswordIsOneLineWithoutThePassword() throws Exception {
        PveApi api = lab.api(new PveAuth.Ticket("root@pam",
                Secret.fromEnvironmentMap("PW", Map.of("PW", "hunter2-wrong"))));

        assertThatThrownBy(api::version).isInstanceOf(PveApiException.class)
                .hasMessage("POST /access/ticket: HTTP 401 authentication failure")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
    }

    @Test
    void wrongTokenIsRefusedWithoutShowingTheSecret() throws Exception {
        PveApi api = lab.api(new PveAuth.Token(FakePveNode.TOKEN_ID,
                Secret.fromEnvironmentMap("T", Map.of("T", "not-the-secret-0000"))));

        assertThatThrownBy(api::version).isInstanceOf(PveApiException.class)
                .hasMessage("GET /version: HTTP 401 authentication failure");
        assertThat(lab.node.requestsTo("GET", "/version").get(0).getHeader("Authorization"))
                .isEqualTo("PVEAPIToken=migcal@pve!harness=not-the-secret-0000");
    }

    @Test
    void certificateNotMatchingThePinIsRefusedNamingBothFingerprints() throws Exception {
        String wrongPin = "AB:".repeat(31) + "AB";
        PveApi api = new PveApi(new PveHttp(PveEndpoint.of(lab.baseUrl(), new TlsTrust.PinnedSha256(wrongPin)),
                PveLab.token(), lab.clock));

        assertThatThrownBy(api::version).isInstanceOf(PveTlsException.class)
                .hasMessageContaining("pinned fingerprint is " + wrongPin)
                .hasMessageContaining("SHA-256 fingerprint " + lab.tls.nodeFingerprint())
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat(lab.node.requests).isEmpty();
    }

    @Test
    void pinIsAcceptedInLowerCaseWithoutColons() throws Exception {
        String plain = lab.tls.nodeFingerprint().replace(":", "").toLowerCase(java.util.Locale.ROOT);
        PveApi api = new PveApi(new PveHttp(PveEndpoint.of(lab.baseUrl(), new TlsTrust.PinnedSha256(plain)),
                PveLab.token(), lab.clock));

        assertThat(api.version().major()).isEqualTo(8);
    }

    @Test
    void clusterCaFileTrustsTheNodeAndAnotherCaDoesNot(@TempDir Path dir) throws Exception {
        Path ca = Files.writeString(dir.resolve("pve-root-ca.pem"), lab.tls.caPem());
        Path other = Files.writeString(dir.resolve("other-ca.pem"),
                new HeldCertificate.Builder().certificateAuthority(0).build().certificatePem());

        PveApi trusted = new PveApi(new PveHttp(PveEndpoint.of(lab.baseUrl(), new TlsTrust.CaPemFile(ca)),
                PveLab.token(), lab.clock));
        PveApi untrusted = new PveApi(new PveHttp(PveEndpoint.of(lab.baseUrl(), new TlsTrust.CaPemFile(other)),
                PveLab.token(), lab.clock));

        assertThat(trusted.version().version()).isEqualTo("8.2.4");
        assertThatThrownBy(untrusted::version).isInstanceOf(PveTlsException.class)
                .hasMessageStartingWith("GET /version on 127.0.0.1:" + lab.server.getPort() + ": TLS handshake failed");
    }

    @Test
    void insecureSkipVerifyTalksToAnyCertificate() throws Exception {
        PveApi api = new PveApi(new PveHttp(PveEndpoint.of(lab.baseUrl() + "/api2/json/", new TlsTrust.InsecureSkipVerify()),
                PveLab.token(), lab.clock));

        assertThat(api.version().release()).isEqualTo("8.2");
        assertThat(lab.node.requests.get(0).getRequestUrl().encodedPath()).isEqualTo("/api2/json/version");
    }

    @Test
    void plainHttpAndMalformedIdsAreBadInput() {
        assertThatThrownBy(() -> PveEndpoint.of("http://pve1:8006", new TlsTrust.InsecureSkipVerify()))
                .isInstanceOf(io.migcal.model.BadInputException.class).hasMessageContaining("https://");
        assertThatThrownBy(() -> new PveAuth.Token("migcal@pve", PveLab.token().secret()))
                .isInstanceOf(io.migcal.model.BadInputException.class).hasMessageContaining("USER@REALM!TOKENID");
        assertThatThrownBy(() -> new TlsTrust.PinnedSha256("AB:CD"))
                .isInstanceOf(io.migcal.model.BadInputException.class).hasMessageContaining("64 hex digits");
    }

    @Test
    void exactlyOneTlsTrustOptionMustBeGiven(@TempDir Path dir) {
        assertThat(TlsTrust.choose(null, dir.resolve("ca.pem"), false)).isEqualTo(new TlsTrust.CaPemFile(dir.resolve("ca.pem")));
        assertThat(TlsTrust.choose(null, null, true)).isInstanceOf(TlsTrust.InsecureSkipVerify.class);
        assertThatThrownBy(() -> TlsTrust.choose(null, null, false))
                .isInstanceOf(io.migcal.model.BadInputException.class).hasMessageContaining("exactly one").hasMessageEndingWith("(got 0)");
        assertThatThrownBy(() -> TlsTrust.choose("AB:".repeat(31) + "AB", null, true))
                .isInstanceOf(io.migcal.model.BadInputException.class).hasMessageEndingWith("(got 2)");
    }

    @Test
    void unreachableNodeIsOneLineNamingTheCall() throws Exception {
        PveEndpoint endpoint = lab.pinnedEndpoint();
        lab.close();
        PveApi api = new PveApi(new PveHttp(endpoint, PveLab.token(), lab.clock));

        assertThatThrownBy(api::version).isInstanceOf(IOException.class)
                .hasMessageStartingWith("GET /version on 127.0.0.1:" + endpoint.apiBase().port() + ": ConnectException")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain(FakePveNode.TOKEN_SECRET));
    }
}
