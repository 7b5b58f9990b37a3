package dev.kiln.bench;

import dev.kiln.emit.JavaTarget;
import dev.kiln.generate.KilnVersion;
import dev.kiln.lifecycle.Fingerprint;
import dev.kiln.write.OutputWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code kiln:generate} does on an unchanged spec before it decides to do nothing: the same calls, in the
 * same order, as {@code GenerateMojo} (fingerprint the spec and what it references, compare with the last run's,
 * check the output directory still holds every generated file). With {@code -Dkiln.skip} the goal does none of
 * this, so this is the no-op rebuild's cost over skipping. Run as a process of its own, it times its first check
 * in a fresh JVM and prints it ({@code first-check-nanos=...}).
 */
public final class UpToDateCheck {
    static final String FIRST_CHECK_PREFIX = "first-check-nanos=";

    private final Path spec;
    private final Path output;
    private final Path fingerprintFile;

    UpToDateCheck(Path spec, Path output, Path fingerprintFile) {
        this.spec = spec;
        this.output = output;
        this.fingerprintFile = fingerprintFile;
    }

    /** The fingerprint as the goal computes it, with the settings the bench generates with. */
    Fingerprint fingerprint() throws IOException {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("basePackage", basePackage());
        settings.put("clientName", "Client");
        settings.put("outputDirectory", output.toAbsolutePath().normalize().toString());
        return Fingerprint.compute(spec, settings, KilnVersion.buildIdentity(new JavaTarget()));
    }

    /** Whether the goal would find the output up to date. */
    boolean isUpToDate() throws IOException {
        return Fingerprint.read(fingerprintFile).equals(Optional.of(fingerprint()))
                && OutputWriter.isComplete(output, basePackage());
    }

    /** The package the bench generates this spec into, as {@link KilnGeneration} does. */
    private String basePackage() {
        return "bench."
                + spec.getFileName()
                        .toString()
                        .replaceFirst("\\.[^.]+$", "")
                        .toLowerCase(java.util.Locale.ROOT)
                        .replaceAll("[^a-z0-9]", "_");
    }

    /**
     * Times one check in this fresh JVM.
     *
     * @param args the spec file, the output directory and the fingerprint file
     * @throws IOException when a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException(
                    "usage: UpToDateCheck <spec file> <output directory> <fingerprint file>");
        }
        UpToDateCheck check = new UpToDateCheck(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
        long started = System.nanoTime();
        boolean upToDate = check.isUpToDate();
        long nanos = System.nanoTime() - started;
        if (!upToDate) {
            throw new IllegalStateException("the output is not up to date: " + args[1]);
        }
        System.out.println(FIRST_CHECK_PREFIX + nanos);
    }
}
