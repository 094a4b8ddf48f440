package vn.parindex.job;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The product version, part of every input fingerprint so a new release recomputes everything. */
public final class ProductVersion {
    private static final String VERSION = load();

    private ProductVersion() {
    }

    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = ProductVersion.class.getResourceAsStream("/parindex.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
