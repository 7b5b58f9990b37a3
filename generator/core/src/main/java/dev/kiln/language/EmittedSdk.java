package dev.kiln.language;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The files of an SDK, as parts a target emits independently of each other, each when asked: so a front end can
 * write each file as soon as it is emitted instead of holding the whole SDK in memory ({@link #emitEach}), or have
 * it all at once ({@link #files()}).
 */
public final class EmittedSdk {
    private final List<Part> parts;
    private final Map<String, String> schemaTypes;

    /**
     * One piece of an SDK, emitted independently of every other piece (a model type, a service and its types, the
     * client): it reads only what it was made with, so several are emitted at once.
     */
    @FunctionalInterface
    public interface Part {
        /**
         * Emits the piece's files.
         *
         * @return its files, in a fixed order
         */
        List<GeneratedFile> emit();
    }

    /** Where the files go as they are emitted. */
    @FunctionalInterface
    public interface FileSink {
        /**
         * Takes one emitted file.
         *
         * @param file the file
         * @throws IOException when it cannot be written
         */
        void take(GeneratedFile file) throws IOException;
    }

    /**
     * An SDK emitted part by part when asked.
     *
     * @param parts the parts, in the order their files are handed over
     * @param schemaTypes the qualified (binary) name of the type each top-level component schema became, by the
     *     schema's name
     */
    public EmittedSdk(List<Part> parts, Map<String, String> schemaTypes) {
        this.parts = List.copyOf(parts);
        this.schemaTypes = Collections.unmodifiableMap(new LinkedHashMap<>(schemaTypes));
    }

    /**
     * An SDK whose files are emitted already.
     *
     * @param files the files
     * @param schemaTypes the qualified (binary) name of the type each top-level component schema became, by the
     *     schema's name
     * @return the SDK
     */
    public static EmittedSdk of(List<GeneratedFile> files, Map<String, String> schemaTypes) {
        List<GeneratedFile> copy = List.copyOf(files);
        return new EmittedSdk(List.of(() -> copy), schemaTypes);
    }

    /** {@return the qualified (binary) name of the type each top-level component schema became, by its name} */
    public Map<String, String> schemaTypes() {
        return schemaTypes;
    }

    /**
     * Emits every file and holds them all.
     *
     * @return every file, sorted by path
     */
    public List<GeneratedFile> files() {
        List<GeneratedFile> files = new ArrayList<>();
        try {
            emitEach(files::add);
        } catch (IOException e) {
            throw new IllegalStateException("adding to a list does no I/O", e);
        }
        files.sort(Comparator.comparing(GeneratedFile::relativePath));
        return List.copyOf(files);
    }

    /**
     * Emits the parts, several at once, and hands each file to {@code sink} as soon as its part is emitted and every
     * part before it was handed over: the files arrive in the parts' order whatever the timing, and only the parts
     * being emitted or waiting their turn are in memory.
     *
     * @param sink where each file goes, called on this thread only
     * @throws IOException when the sink fails; the parts not yet handed over are dropped
     */
    public void emitEach(FileSink sink) throws IOException {
        Objects.requireNonNull(sink, "sink");
        try (PartPipeline pipeline = new PartPipeline(parts)) {
            while (pipeline.hasNext()) {
                for (GeneratedFile file : pipeline.next()) {
                    sink.take(file);
                }
            }
        }
    }
}
