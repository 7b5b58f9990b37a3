package dev.kiln.maven;

import dev.kiln.generate.GenerationFailure;
import dev.kiln.generate.WrittenSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a goal generates, as its {@code fork} parameter says: in a JVM of its own ({@code true}), in Maven's
 * ({@code false}), or by the spec's size ({@code auto}, the default: all its files', once a generation has read them)
 * and by whether Kiln's code runs warm in Maven's JVM ({@link MavenJvm}).
 *
 * <p>A JVM of its own costs about a second and a half to start and load Kiln, and generates without the optimising
 * compiler's warm-up or a heap that grows with the allocation. That pays from about a megabyte of spec on in any
 * build (on the corpus's specs of 1.1–4 MB, a build's peak memory lower by a fifth to two thirds and its time by a
 * tenth to a quarter). Below that it depends on the build: when Kiln's code runs only once in Maven's JVM (one module
 * generates, as in most builds), that JVM compiles it cold on the same cores as the generation, and from about
 * 64 KiB of spec on a JVM of its own is faster (single-module builds, three each: an 81 KB spec 5.9 s against 6.3 s,
 * Together's 448 KB 7.6 s against 8.9 s and 50–90 MiB less memory; a 20 KB spec 5.3 s against 4.7 s); when it runs
 * again (more modules generate, or the Maven daemon keeps the JVM), Maven's JVM is warm for all but the first, and a
 * JVM started for each generation costs far more (six modules of 20–450 KB specs: 14.6 s against 8.7 s).
 */
enum ForkChoice {
    AUTO,
    ALWAYS,
    NEVER;

    /** The size of spec from which {@code auto} generates in a JVM of its own in any build. */
    static final long LARGE_SPEC_BYTES = 1024 * 1024;

    /** The size of spec from which {@code auto} generates in a JVM of its own when Kiln runs once in Maven's JVM. */
    static final long MEDIUM_SPEC_BYTES = 64 * 1024;

    /**
     * Reads the parameter.
     *
     * @param text {@code auto}, {@code true} or {@code false}, in any case; {@code null} for {@code auto}
     * @return the choice
     * @throws GenerationFailure {@code KILN-BAD-SETTING} for any other text
     */
    static ForkChoice of(String text) throws GenerationFailure {
        String value = text == null ? "auto" : text.strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "auto" -> AUTO;
            case "true" -> ALWAYS;
            case "false" -> NEVER;
            default ->
                throw new GenerationFailure(
                        GenerationFailure.Reason.BAD_SETTING,
                        "[KILN-BAD-SETTING] fork '" + text + "' is none of auto, true and false; auto (the default)"
                                + " generates in a JVM of its own for a spec of 1 MiB or more, or of 64 KiB or more"
                                + " when the build generates once");
        };
    }

    /**
     * Tells whether these settings check in a JVM of their own: always, never, or for {@code auto} when the spec is
     * fetched from a URL (its size is known only once fetched) or its file is at least {@link #LARGE_SPEC_BYTES}. A
     * check loads and links but writes nothing, so the medium size does not apply.
     *
     * @param settings the goal's settings
     * @return whether to fork
     * @throws IOException when the spec file's size cannot be read
     */
    boolean forks(WrittenSettings settings) throws IOException {
        Optional<Path> file = settings.specFile().filter(Files::isRegularFile);
        return forksFrom(settings, file.isPresent() ? Files.size(file.get()) : 0, LARGE_SPEC_BYTES);
    }

    /**
     * Tells whether these settings generate in a JVM of their own: always, never, or for {@code auto} when the spec is
     * fetched from a URL, or weighs at least {@link #LARGE_SPEC_BYTES}, or at least {@link #MEDIUM_SPEC_BYTES} when
     * Kiln's code runs only this once in Maven's JVM. The spec's weight is known better than by its file's size
     * ({@link dev.kiln.generate.Generation.UpToDateCheck#specBytes}: a spec split over many files weighs them all).
     *
     * @param settings the goal's settings
     * @param specBytes the bytes of the spec's files
     * @param kilnRunsAgain whether Kiln's code runs more than once in Maven's JVM ({@link MavenJvm#runsKilnAgain})
     * @return whether to fork
     */
    boolean forks(WrittenSettings settings, long specBytes, boolean kilnRunsAgain) {
        return forksFrom(settings, specBytes, kilnRunsAgain ? LARGE_SPEC_BYTES : MEDIUM_SPEC_BYTES);
    }

    /** Always, never, or for {@code auto} a spec fetched from a URL or weighing at least {@code fromBytes}. */
    private boolean forksFrom(WrittenSettings settings, long specBytes, long fromBytes) {
        return switch (this) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> settings.specFile().isEmpty() || specBytes >= fromBytes;
        };
    }
}
