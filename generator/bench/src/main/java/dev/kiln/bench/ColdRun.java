package dev.kiln.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * The child process of a cold run: one contender on one spec in a fresh JVM, then its own peak resident memory on
 * the last line of standard output ({@code peak-rss-bytes=...}). Arguments: contender, spec file, output directory.
 */
public final class ColdRun {
    static final String PEAK_PREFIX = "peak-rss-bytes=";

    private ColdRun() {}

    /**
     * Runs one contender once.
     *
     * @param args the contender's name ({@code KILN}, {@code OPENAPI_GENERATOR}, {@code SWAGGER_PARSER}), the spec file
     *     and an output directory
     * @throws Exception when the run fails
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: ColdRun <contender> <spec file> <output directory>");
        }
        Contender contender = Contender.valueOf(args[0]);
        Path spec = Path.of(args[1]);
        CorpusSpec only = CorpusSpec.in(
                        spec.toAbsolutePath().getParent(),
                        List.of(spec.getFileName().toString()))
                .get(0);
        contender.run(only, Path.of(args[2]));
        System.out.println(PEAK_PREFIX + PeakMemory.ofThisProcess());
    }
}
