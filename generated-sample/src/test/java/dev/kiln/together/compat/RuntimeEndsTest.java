package dev.kiln.together.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.cfg.PackageVersion;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Under the build's {@code compat} profile, proves the suite runs where the profile says: on the JDK it names and with
 * the Jackson it names. Outside that profile there is nothing to check, and the test is skipped, saying so.
 */
class RuntimeEndsTest {
    @Test
    void theSuiteRunsOnTheJdkAndJacksonTheCompatProfileNames() throws Exception {
        String jdk = System.getProperty("kiln.compat.expect.jdk");
        String jackson = System.getProperty("kiln.compat.expect.jackson");
        assumeTrue(jdk != null && jackson != null, "only the compat profile names a JDK and a Jackson to run on");

        assertEquals(
                Path.of(jdk).toRealPath(),
                Path.of(System.getProperty("java.home")).toRealPath(),
                "the JDK running");
        assertEquals(jackson, PackageVersion.VERSION.toString(), "the jackson-databind on the class path");
    }
}
