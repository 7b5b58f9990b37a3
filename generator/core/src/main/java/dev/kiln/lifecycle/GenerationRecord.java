package dev.kiln.lifecycle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.Optional;

/**
 * What one generation leaves for the next to compare with, as the file kept beside the fingerprint: the API's
 * snapshot, the project's version history, and the SDK it wrote (its names, its output directory and files). Its
 * layout is declared by the records it is made of and versioned by {@code format}; a file in a format this Kiln cannot
 * compare with, or one that cannot be read, is reported as such and replaced.
 *
 * @param format the file's format
 * @param versions the project's version history
 * @param api the API's snapshot
 * @param output the SDK written; {@code null} only in a record of format 2, which did not keep it (see
 *     {@link #writtenOutput()})
 */
public record GenerationRecord(int format, VersionHistory versions, ApiSnapshot api, SdkOutput output) {
    /**
     * Format 1 held the API alone, without statuses, media types, defaults, servers or versions; format 2 had no
     * {@code output}, and is still read.
     */
    static final int FORMAT = 3;

    private static final int WITHOUT_OUTPUT = 2;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * A record in the current format.
     *
     * @param versions the project's version history
     * @param api the API's snapshot
     * @param output the SDK written
     */
    public GenerationRecord(VersionHistory versions, ApiSnapshot api, SdkOutput output) {
        this(FORMAT, versions, api, Objects.requireNonNull(output, "output"));
    }

    /**
     * The SDK the generation wrote.
     *
     * @return it, or empty for a record written by a Kiln that did not keep it (format 2)
     */
    public Optional<SdkOutput> writtenOutput() {
        return Optional.ofNullable(output);
    }

    /** What reading the last generation's record found. */
    public sealed interface Reading {
        /** The record. */
        record Found(GenerationRecord record) implements Reading {}

        /** No record: a first generation. */
        record Missing() implements Reading {}

        /**
         * A record this Kiln cannot compare with.
         *
         * @param reason why, such as {@code it is in format 1; this Kiln writes format 2}
         */
        record Unreadable(String reason) implements Reading {}
    }

    /**
     * Reads a record written by {@link #write}.
     *
     * @param file the record's file
     * @return what was found
     */
    public static Reading read(Path file) {
        if (!Files.isRegularFile(file)) {
            return new Reading.Missing();
        }
        try {
            return fromJson(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return new Reading.Unreadable("it cannot be read: " + e.getMessage());
        }
    }

    /**
     * Reads a record from JSON.
     *
     * @param json the text
     * @return what was found: the record, or why it cannot be used
     */
    public static Reading fromJson(String json) {
        try {
            JsonNode tree = JSON.readTree(json);
            int format = tree == null ? 0 : tree.path("format").asInt(0);
            if (format != FORMAT && format != WITHOUT_OUTPUT) {
                return new Reading.Unreadable("it is in format " + (format == 0 ? "unknown" : format)
                        + "; this Kiln writes format " + FORMAT);
            }
            GenerationRecord record = JSON.treeToValue(tree, GenerationRecord.class);
            if (record.versions() == null || record.api() == null) {
                return new Reading.Unreadable("it lacks its versions or its API");
            }
            if (format == FORMAT && record.output() == null) {
                return new Reading.Unreadable("it lacks the SDK it wrote");
            }
            return new Reading.Found(record);
        } catch (JsonProcessingException e) {
            return new Reading.Unreadable("it is not a Kiln generation record: " + e.getOriginalMessage());
        } catch (RuntimeException e) {
            return new Reading.Unreadable("it is not a Kiln generation record: " + e.getMessage());
        }
    }

    /** The record as JSON. */
    public String toJson() {
        try {
            return JSON.writeValueAsString(this) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a generation record is plain data and always serialises", e);
        }
    }

    /**
     * Writes the record, replacing the file in one move.
     *
     * @param file where to write it; its directory is created
     * @throws IOException when writing fails
     */
    public void write(Path file) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, file.getFileName().toString(), ".tmp");
        Files.writeString(temporary, toJson(), StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
