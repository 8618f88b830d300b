package io.migcal.model;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The migcal version, recorded in every manifest and model file so results can be traced to code. */
public final class MigcalVersion {
    private static final String RESOURCE = "/io/migcal/model/version.properties";

    private MigcalVersion() {
    }

    public static String current() {
        try (InputStream in = MigcalVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
