package io.migcal.harness.pve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PveReadinessTest {
    private final PveLab lab = new PveLab();

    PveReadinessTest() throws Exception {
    }

    @AfterEach
    void stop() throws Exception {
        lab.close();
    }

    private void answer(String path, String body) {
        lab.node.extraGets.put(path, request -> new MockResponse().setBody(body));
    }

    private static String fixture(String file) {
        try (InputStream in = PveReadinessTest.class.getResourceAsStream("/pve/api/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void readyLab() {
        answer("/version", "{\"data\":{\"version\":\"8.2.4\",\"release\":\"8.2\",\"repoid\":\"faa83925\"}}");
        answer("/nodes", "{\"data\":[{\"node\":\"pve1\",\"status\":\"online\"},{\"node\":\"pve2\",\"status\":\"online\"}]}");
        answer("/cluster/resources", "{\"data\":[{\"id\":\"qemu/110\",\"vmid\":110,\"node\":\"pve1\",\"type\":\"qemu\",\"status\":\"running\"}]}");
        answer("/nodes/pve1/qemu/110/status/current", "{\"data\":{\"vmid\":110,\"status\":\"running\",\"qmpstatus\":\"running\","
                + "\"ha\":{\"managed\":0},\"running-qemu\":\"8.1.5\"}}");
        lab.node.extraGets.put("/access/permissions", request -> {
            String path = request.getRequestUrl().queryParameter("path");
            String privs = path.equals("/vms/110") ? "{\"VM.Migrate\":1,\"VM.Audit\":1}" : "{\"Sys.Audit\":1}";
            return new MockResponse().setBody("{\"data\":{\"" + path + "\":" + privs + "}}");
        });
        answer("/nodes/pve1/qemu/110/migrate", "{\"data\":{\"running\":1,\"local_disks\":[],\"local_resources\":[]}}");
        answer("/nodes/pve1/qemu/110/config", "{\"data\":{\"name\":\"vm110\",\"memory\":4096}}");
        answer("/nodes/pve1/storage", fixture("storage.json"));
    }

    @Test
    void readyLabPassesEveryCheck() throws Exception {
        readyLab();

        List<ReadinessFinding> findings = new PveReadiness(lab.api(PveLab.token())).check("110", "pve1", "pve2");

        assertThat(findings).extracting(ReadinessFinding::check).containsExactly("Proxmox VE version",
                "nodes pve1 and pve2 online", "VM 110 on pve1", "VM 110 running and unlocked", "API privileges",
                "Proxmox migration preconditions", "storages on pve1");
        assertThat(findings).allMatch(ReadinessFinding::passed);
        assertThat(findings.get(3).detail()).isEqualTo("qmp running, QEMU 8.1.5");
        assertThat(findings.get(6).detail()).isEqualTo("shared [ceph-vm], local [local]");
    }

    @Test
    void eachProblemFailsItsOwnCheckWithWhatToDo() throws Exception {
        readyLab();
        answer("/nodes", fixture("nodes.json"));
        answer("/nodes/pve1/qemu/110/status/current", fixture("status-current.json"));
        answer("/nodes/pve1/qemu/110/config", "{\"data\":{\"name\":\"vm110\",\"lock\":\"migrate\"}}");
        answer("/nodes/pve1/qemu/110/migrate", fixture("migrate-precondition.json"));
        lab.node.extraGets.put("/access/permissions", request -> new MockResponse().setBody(fixture("permissions.json")
                .replace("/vms/110", request.getRequestUrl().queryParameter("path"))
                .replace("\"VM.Migrate\":1", "\"VM.Migrate\":0")));
        lab.node.extraGets.put("/nodes/pve1/storage", request -> FakePveNode.error(403, "Permission check failed (/storage, Datastore.Audit)", null));

        List<ReadinessFinding> findings = new PveReadiness(lab.api(PveLab.token())).check("110", "pve1", "pve2");

        assertThat(findings).extracting(ReadinessFinding::passed).containsExactly(true, false, true, false, false, false, false);
        assertThat(findings.get(1).detail()).isEqualTo("online are only [pve1]; bring both nodes up and quorate");
        assertThat(findings.get(3).detail()).startsWith("VM is locked (migrate); if no task is running, 'qm unlock 110' on pve1");
        assertThat(findings.get(4).detail()).isEqualTo("missing VM.Migrate on /vms/110, Sys.Audit on /nodes/pve1 "
                + "(a token needs them on the token itself, too)");
        assertThat(findings.get(5).detail()).startsWith("local disks [local:iso/debian-12.iso]; local resources [hostpci0]");
        assertThat(findings.get(6).detail()).isEqualTo("GET /nodes/pve1/storage: HTTP 403 Permission check failed (/storage, Datastore.Audit)");
    }

    @Test
    void pve5SkipsThePreconditionCallItDoesNotHave() throws Exception {
        readyLab();
        answer("/version", "{\"data\":{\"version\":\"5.4-15\",\"release\":\"5.4\",\"repoid\":\"d0ec33c6\"}}");

        List<ReadinessFinding> findings = new PveReadiness(lab.api(PveLab.ticket())).check("110", "pve1", "pve2");

        assertThat(findings).extracting(ReadinessFinding::check).doesNotContain("Proxmox migration preconditions");
        assertThat(lab.node.requestsTo("GET", "/nodes/pve1/qemu/110/migrate")).isEmpty();
    }

    @Test
    void pve5PrivilegesAreNotCheckableAndTheLockComesFromTheConfig() throws Exception {
        readyLab();
        answer("/version", "{\"data\":{\"version\":\"5.1\",\"release\":\"35\",\"repoid\":\"722cc488\"}}");
        answer("/nodes/pve1/qemu/110/config", "{\"data\":{\"name\":\"vm110\",\"lock\":\"migrate\"}}");

        List<ReadinessFinding> findings = new PveReadiness(lab.api(PveLab.ticket())).check("110", "pve1", "pve2");

        ReadinessFinding privileges = findings.stream().filter(f -> f.check().equals("API privileges")).findFirst().orElseThrow();
        assertThat(privileges.passed()).isTrue();
        assertThat(privileges.checkable()).isFalse();
        assertThat(privileges.detail()).startsWith("not checkable on PVE < 6.0")
                .contains("VM.Migrate and VM.Audit on /vms/110, Sys.Audit on /nodes/pve1");
        assertThat(lab.node.requestsTo("GET", "/access/permissions")).isEmpty();
        // 5.x status/current has no lock (the fixture here has none): the config's lock still fails the check
        assertThat(findings.get(3).passed()).isFalse();
        assertThat(findings.get(3).detail()).startsWith("VM is locked (migrate)");
    }
}
