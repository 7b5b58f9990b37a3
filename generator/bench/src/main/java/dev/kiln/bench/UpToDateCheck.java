package dev.kiln.bench;

import dev.kiln.emit.JavaTarget;
import dev.kiln.generate.Generation;
import dev.kiln.generate.GenerationFailure;
import dev.kiln.generate.GenerationRequest;
import dev.kiln.generate.OptionNames;
import dev.kiln.generate.OutputSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@code kiln:generate} does on an unchanged spec before it decides to do nothing: the very check the goal runs
 * ({@link Generation#isUpToDate}: read the last fingerprint, hash the spec's files and the settings again, check the
 * output directory still holds every generated file). With {@code -Dkiln.skip} the goal does none of this, so this is
 * the no-op rebuild's cost over skipping. Run as a process of its own, it generates, or times its first check in a
 * fresh JVM and prints it ({@code first-check-nanos=...}).
 */
public final class UpToDateCheck {
    static final String FIRST_CHECK_PREFIX = "first-check-nanos=";
    static final String GENERATE = "generate";
    static final String CHECK = "check";

    private final Path spec;
    private final GenerationRequest request;
    private final OutputSettings output;
    private final Generation generation = new Generation(new QuietLog(), new OptionNames("", ""), new JavaTarget());

    UpToDateCheck(Path spec, Path output, Path fingerprintFile) {
        this.spec = spec;
        this.request = GenerationRequest.builder(spec, spec.getFileName().toString(), basePackage())
                .clientName("Client")
                .build();
        this.output = new OutputSettings(output, fingerprintFile, Optional.empty(), false, false);
    }

    /** Generates as the goal does, leaving the output, the record and the fingerprint the check reads. */
    void generate() throws GenerationFailure, IOException {
        generation.generate(request, output);
    }

    /** Whether the goal would find the output up to date. */
    boolean isUpToDate() throws IOException {
        return generation.isUpToDate(request, output);
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
     * In a fresh JVM, either generates (leaving what the check reads) or times one check and prints it.
     *
     * @param args {@code generate} or {@code check}, then the spec file, the output directory and the fingerprint
     *     file
     * @throws Exception when the spec has errors or a file cannot be read or written
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 4 || !List.of(GENERATE, CHECK).contains(args[0])) {
            throw new IllegalArgumentException(
                    "usage: UpToDateCheck generate|check <spec file> <output directory> <fingerprint file>");
        }
        UpToDateCheck check = new UpToDateCheck(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
        if (args[0].equals(GENERATE)) {
            check.generate();
            return;
        }
        long started = System.nanoTime();
        boolean upToDate = check.isUpToDate();
        long nanos = System.nanoTime() - started;
        if (!upToDate) {
            throw new IllegalStateException("the output is not up to date: " + args[2]);
        }
        System.out.println(FIRST_CHECK_PREFIX + nanos);
    }
}
