package io.migcal.harness.qemu;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.migcal.harness.config.MigrationSetting;
import io.migcal.harness.config.SettingValues;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sets one migration's parameters ({@code migrate-set-parameters}) and capabilities
 * ({@code migrate-set-capabilities}) before {@code migrate}, as QEMU's tests/migration/guestperf does:
 * the config's fixed tunables, overridden by the sample's settings. Capabilities that both sides must
 * agree on (multifd, postcopy-ram) are set on the waiting target too. What is in force afterwards is
 * read back from the source and recorded, whether or not anything was set.
 */
record QmpMigrationSetup(QmpTunables tunables, SettingValues settings) {

    private static final Map<MigrationSetting, String> CAPABILITIES = Map.of(
            MigrationSetting.XBZRLE, "xbzrle",
            MigrationSetting.AUTO_CONVERGE, "auto-converge",
            MigrationSetting.POSTCOPY, "postcopy-ram");

    /** Whether {@code migrate-start-postcopy} is to be sent once the first RAM pass is done. */
    boolean postcopy() {
        return Boolean.TRUE.equals(settings.on(MigrationSetting.POSTCOPY));
    }

    /** Whether the target has to be told anything (multifd and post-copy need both ends). */
    boolean touchesTarget() {
        return settings.has(MigrationSetting.POSTCOPY) || settings.has(MigrationSetting.MULTIFD_CHANNELS);
    }

    /** Sets the target's side: capabilities both ends need, and multifd's channel count. */
    void applyToTarget(QmpConnection target) throws IOException {
        ArrayNode shared = capabilities(true);
        if (!shared.isEmpty()) {
            target.execute("migrate-set-capabilities", QmpConnection.arguments().set("capabilities", shared));
        }
        ObjectNode channels = multifdChannels(QmpConnection.arguments());
        if (channels.size() > 0) {
            target.execute("migrate-set-parameters", channels);
        }
    }

    /** Sets the source's side and returns what is in force there, keyed for the record. */
    Map<String, String> applyToSource(QmpConnection source) throws IOException {
        ArrayNode capabilities = capabilities(false);
        if (!capabilities.isEmpty()) {
            source.execute("migrate-set-capabilities", QmpConnection.arguments().set("capabilities", capabilities));
        }
        ObjectNode parameters = multifdChannels(QmpConnection.arguments());
        Long bandwidth = settings.has(MigrationSetting.MAX_BANDWIDTH_BYTES_PER_S)
                ? settings.longValue(MigrationSetting.MAX_BANDWIDTH_BYTES_PER_S) : tunables.maxBandwidthBytesPerS();
        Long downtime = settings.has(MigrationSetting.DOWNTIME_LIMIT_MS)
                ? settings.longValue(MigrationSetting.DOWNTIME_LIMIT_MS) : tunables.downtimeLimitMs();
        if (bandwidth != null) {
            parameters.put("max-bandwidth", bandwidth);
        }
        if (downtime != null) {
            parameters.put("downtime-limit", downtime);
        }
        if (parameters.size() > 0) {
            source.execute("migrate-set-parameters", parameters);
        }
        return inForce(source);
    }

    private ArrayNode capabilities(boolean sharedOnly) {
        ArrayNode list = QmpConnection.arguments().arrayNode();
        if (!sharedOnly) {
            for (MigrationSetting setting : new MigrationSetting[] {MigrationSetting.XBZRLE, MigrationSetting.AUTO_CONVERGE}) {
                if (settings.has(setting)) {
                    list.add(capability(CAPABILITIES.get(setting), settings.on(setting)));
                }
            }
        }
        if (settings.has(MigrationSetting.POSTCOPY)) {
            list.add(capability("postcopy-ram", settings.on(MigrationSetting.POSTCOPY)));
        }
        if (settings.has(MigrationSetting.MULTIFD_CHANNELS)) {
            list.add(capability("multifd", settings.longValue(MigrationSetting.MULTIFD_CHANNELS) > 0));
        }
        return list;
    }

    private ObjectNode multifdChannels(ObjectNode arguments) {
        Long channels = settings.longValue(MigrationSetting.MULTIFD_CHANNELS);
        if (channels != null && channels > 0) {
            arguments.put("multifd-channels", channels);
        }
        return arguments;
    }

    private static ObjectNode capability(String name, boolean state) {
        return QmpConnection.arguments().put("capability", name).put("state", state);
    }

    private static Map<String, String> inForce(QmpConnection source) throws IOException {
        JsonNode parameters = source.execute("query-migrate-parameters", null);
        Map<String, String> out = new LinkedHashMap<>();
        out.put("qemu_max_bandwidth_bytes_per_s", parameters.path("max-bandwidth").asText());
        out.put("qemu_downtime_limit_ms", parameters.path("downtime-limit").asText());
        if (parameters.has("multifd-channels")) {
            out.put("qemu_multifd_channels", parameters.path("multifd-channels").asText());
        }
        JsonNode capabilities = source.execute("query-migrate-capabilities", null);
        for (JsonNode capability : capabilities) {
            String name = capability.path("capability").asText();
            if (CAPABILITIES.containsValue(name) || name.equals("multifd")) {
                out.put("qemu_cap_" + name.replace('-', '_'), capability.path("state").asBoolean() ? "on" : "off");
            }
        }
        return out;
    }
}
