package io.migcal.harness.pve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The calls `migcal check` makes, against replies shaped like a PVE 8 node's. */
class PveApiPreflightTest {
    private final PveLab lab = new PveLab();

    PveApiPreflightTest() throws Exception {
    }

    @AfterEach
    void stop() throws Exception {
        lab.close();
    }

    private void serve(String path, String file) {
        lab.node.extraGets.put(path, request -> new MockResponse().setBody(json(file)));
    }

    private static String json(String file) {
        try (InputStream in = PveApiPreflightTest.class.getResourceAsStream("/pve/api/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void vmStatusShowsLockHaAndQemuVersion() throws Exception {
        serve("/nodes/pve1/qemu/110/status/current", "status-current.json");

        VmStatus status = lab.api(PveLab.token()).vmStatus("pve1", "110");

        assertThat(status).isEqualTo(new VmStatus("110", "running", "running", "migrate", true, "8.1.5"));
        assertThat(status.locked()).isTrue();
    }

    @Test
    void locateFindsTheQemuVmNotAContainerWithTheSameNumber() throws Exception {
        serve("/cluster/resources", "cluster-resources.json");

        assertThat(lab.hypervisor().locate("110")).isEqualTo("pve2");
        RecordedRequest sent = lab.node.requestsTo("GET", "/cluster/resources").get(0);
        assertThat(sent.getRequestUrl().queryParameter("type")).isEqualTo("vm");
        assertThat(lab.api(PveLab.token()).clusterVms().get(0).haState()).isEqualTo("started");
    }

    @Test
    void nodesReportWhichAreOnline() throws Exception {
        serve("/nodes", "nodes.json");

        assertThat(lab.api(PveLab.token()).nodes())
                .containsExactly(new NodeState("pve1", true), new NodeState("pve2", false));
    }

    @Test
    void privilegesAreReadForOnePathAndOnlyGrantedOnesCount() throws Exception {
        serve("/access/permissions", "permissions.json");

        assertThat(lab.api(PveLab.token()).privileges("/vms/110")).containsExactly("VM.Audit", "VM.Migrate");
        assertThat(lab.node.requestsTo("GET", "/access/permissions").get(0).getRequestUrl().queryParameter("path"))
                .isEqualTo("/vms/110");
    }

    @Test
    void migratePreconditionsListLocalDisksResourcesAndNodes() throws Exception {
        serve("/nodes/pve1/qemu/110/migrate", "migrate-precondition.json");

        MigratePreconditions p = lab.api(PveLab.token()).migratePreconditions("pve1", "110", "pve2");

        assertThat(p).isEqualTo(new MigratePreconditions(true, List.of("local:iso/debian-12.iso"), List.of("hostpci0"),
                List.of("pve2"), List.of("pve3")));
        assertThat(lab.node.requestsTo("GET", "/nodes/pve1/qemu/110/migrate").get(0).getRequestUrl()
                .queryParameter("target")).isEqualTo("pve2");
    }

    @Test
    void storagesSayWhichAreShared() throws Exception {
        serve("/nodes/pve1/storage", "storage.json");

        assertThat(lab.api(PveLab.token()).storages("pve1")).containsExactly(
                new StorageInfo("ceph-vm", "rbd", true, true), new StorageInfo("local", "dir", false, true));
    }

    @Test
    void describeNamesTheProxmoxVersion() throws Exception {
        lab.node.extraGets.put("/version", request -> new MockResponse()
                .setBody("{\"data\":{\"release\":\"6.4\",\"repoid\":\"9f411e79\",\"version\":\"6.4-13\"}}"));

        assertThat(lab.hypervisor().describe()).isEqualTo("proxmox-ve 6.4-13");
        assertThat(lab.api(PveLab.token()).version().major()).isEqualTo(6);
    }
}
