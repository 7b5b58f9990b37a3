package dev.kiln.generate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of Kiln itself, as the build stamped it. */
public final class KilnVersion {
    private KilnVersion() {}

    /**
     * Returns Kiln's version.
     *
     * @return for example {@code 0.1.0}
     */
    public static String get() {
        try (InputStream in = KilnVersion.class.getResourceAsStream("/dev/kiln/kiln.properties")) {
            if (in == null) {
                throw new IllegalStateException("kiln.properties is missing from Kiln's jar");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
