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
 * ({@code false}), or by the spec's size ({@code auto}, the default: all its files', once a generation has read them).
 * A JVM of its own costs about a second and a half to start and load Kiln, and generates without the optimising
 * compiler's warm-up or a heap that grows with the allocation; that pays from about a megabyte of spec on (on the
 * corpus's specs of 1.1–4 MB, a build's peak memory lower by a fifth to two thirds and its time by a tenth to a
 * quarter), while a smaller spec generates in Maven's JVM in less than that start, and with little memory, most of all
 * when earlier modules of the build have already warmed Kiln's code there.
 */
enum ForkChoice {
    AUTO,
    ALWAYS,
    NEVER;

    /** The size of spec file from which {@code auto} generates in a JVM of its own. */
    static final long LARGE_SPEC_BYTES = 1024 * 1024;

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
                                + " generates in a JVM of its own for a spec of 1 MiB or more");
        };
    }

    /**
     * Tells whether these settings generate in a JVM of their own: always, never, or for {@code auto} when the spec is
     * fetched from a URL (its size is known only once fetched) or its file is at least {@link #LARGE_SPEC_BYTES}.
     *
     * @param settings the goal's settings
     * @return whether to fork
     * @throws IOException when the spec file's size cannot be read
     */
    boolean forks(WrittenSettings settings) throws IOException {
        Optional<Path> file = settings.specFile().filter(Files::isRegularFile);
        return forks(settings, file.isPresent() ? Files.size(file.get()) : 0);
    }

    /**
     * Tells whether these settings generate in a JVM of their own, when the spec's weight is known better than by its
     * file's size ({@link dev.kiln.generate.Generation.UpToDateCheck#specBytes}: a spec split over many files weighs
     * them all).
     *
     * @param settings the goal's settings
     * @param specBytes the bytes of the spec's files
     * @return whether to fork
     */
    boolean forks(WrittenSettings settings, long specBytes) {
        return switch (this) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> settings.specFile().isEmpty() || specBytes >= LARGE_SPEC_BYTES;
        };
    }
}
