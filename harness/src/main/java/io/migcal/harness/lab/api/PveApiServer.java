package io.migcal.harness.lab.api;

import io.migcal.harness.lab.https.LabCertificates;
import io.migcal.harness.lab.https.TinyHttpsServer;
import io.migcal.harness.lab.state.LabState;
import java.io.IOException;

/** The lab's Proxmox VE API on https://127.0.0.1:PORT/api2/json, one handler per method. */
public final class PveApiServer implements AutoCloseable {
    private final TinyHttpsServer server;

    private PveApiServer(TinyHttpsServer server) {
        this.server = server;
    }

    public static PveApiServer start(int port, LabState state, LabCertificates certificates, ApiCredentials credentials)
            throws IOException {
        var version = state.settings().pveVersion();
        ApiAuth auth = new ApiAuth(credentials, version.apiTokens(), state.clock());
        String vm = "/nodes/{node}/qemu/{vmid}";
        ApiRouter api = new ApiRouter(auth, state.faults(), version)
                .route("GET", "/version", new VersionHandler(version))
                .route("GET", "/nodes", new NodesHandler(state, certificates.sha256Fingerprint()))
                .route("GET", "/nodes/{node}/storage", new StorageHandler())
                .route("GET", "/cluster/status", new ClusterStatusHandler(state))
                .route("GET", "/cluster/resources", new ClusterResourcesHandler(state))
                .route("GET", vm + "/status/current", new VmStatusHandler(state))
                .route("GET", vm + "/config", new VmConfigHandler(state))
                .route("PUT", vm + "/config", new VmConfigUpdateHandler(state))
                .route("POST", vm + "/migrate", new MigrateHandler(state))
                .route("GET", "/nodes/{node}/tasks", new TaskListHandler(state))
                .route("GET", "/cluster/tasks", new TaskListHandler(state))
                .route("GET", "/nodes/{node}/tasks/{upid}/status", new TaskStatusHandler(state))
                .route("GET", "/nodes/{node}/tasks/{upid}/log", new TaskLogHandler(state))
                .route("DELETE", "/nodes/{node}/tasks/{upid}", new TaskStopHandler(state))
                .route("GET", "/nodes/{node}/certificates/info", new CertificatesHandler(certificates));
        // calls 5.x did not have: pveproxy answers them 501 "Method '...' not implemented", as the router does
        if (version.permissionsApi()) {
            api.route("GET", "/access/permissions", new PermissionsHandler());
        }
        if (version.migratePreconditionsApi()) {
            api.route("GET", vm + "/migrate", new MigratePreconditionHandler(state));
        }
        return new PveApiServer(TinyHttpsServer.start(port, certificates.serverContext(), api));
    }

    public int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.close();
    }
}
