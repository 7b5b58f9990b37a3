package dev.kiln.spec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.kiln.problems.JsonPointer;
import dev.kiln.problems.ProblemKind;
import dev.kiln.problems.Problems;
import dev.kiln.problems.SourceLocation;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.swagger.v3.parser.util.DeserializationUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the files a spec is made of, each once, into trees the way swagger-parser reads them. A file that is missing
 * or malformed is reported where it is referenced from, with its line.
 */
final class SpecFiles {
    private final Path rootPath;
    private final Path rootFolder;
    private final String rootDisplayName;
    private final Map<Path, Optional<SpecFile>> read = new LinkedHashMap<>();

    SpecFiles(Path root, String rootDisplayName) {
        this.rootPath = root.toAbsolutePath().normalize();
        this.rootFolder = rootPath.getParent();
        this.rootDisplayName = rootDisplayName;
    }

    /**
     * Reads a file of the spec.
     *
     * @param file the file
     * @param problems where a malformed or missing file is reported
     * @param referrer where the file is referenced from, or null for the root
     * @return the file, or empty when it could not be read (and was reported)
     */
    Optional<SpecFile> read(Path file, Problems problems, Reference referrer) {
        Path path = file.toAbsolutePath().normalize();
        Optional<SpecFile> known = read.get(path);
        if (known != null) {
            return known;
        }
        Optional<SpecFile> result = load(path, problems, referrer);
        read.put(path, result);
        return result;
    }

    /**
     * Returns every file read so far that could be read, in the order they were first read (the root first).
     *
     * @return the files
     */
    List<SpecFile> files() {
        return read.values().stream().flatMap(Optional::stream).toList();
    }

    private Optional<SpecFile> load(Path path, Problems problems, Reference referrer) {
        String displayName = displayName(path);
        if (!Files.isRegularFile(path)) {
            if (referrer == null) {
                problems.report(
                        ProblemKind.SPEC_NOT_FOUND,
                        JsonPointer.ROOT,
                        new SourceLocation(displayName, 0),
                        "the spec file does not exist",
                        "check inputSpec; a relative path is resolved against the project's directory");
            } else {
                problems.report(
                        ProblemKind.REF_FILE_NOT_FOUND,
                        referrer.pointer(),
                        referrer.file().locate(referrer.pointer()),
                        "the file '" + referrer.ref() + "' does not exist (looked for " + displayName + ")",
                        "a relative $ref is resolved against the folder of the file that holds it; check the path");
            }
            return Optional.empty();
        }
        Optional<String> text = readText(path);
        if (text.isEmpty()) {
            problems.report(
                    ProblemKind.SPEC_UNPARSEABLE,
                    JsonPointer.ROOT,
                    new SourceLocation(displayName, 0),
                    "the file is not UTF-8 text",
                    "save the spec as UTF-8");
            return Optional.empty();
        }
        String content = text.get();
        // JSON is read into a tree once, silently when it fails, and only a file that cannot be read is read again,
        // token by token, for the line of its first syntax error. YAML is checked token by token first: on a
        // malformed file swagger-parser's YAML reader logs the parser's stack trace.
        boolean json = DeserializationUtils.isJson(content);
        TreeReading reading = json ? TreeReading.of(content, path) : null;
        if (reading == null || reading.tree() == null) {
            Optional<SyntaxError> error = SyntaxError.find(content);
            if (error.isPresent()) {
                problems.report(
                        ProblemKind.SPEC_UNPARSEABLE,
                        JsonPointer.ROOT,
                        new SourceLocation(displayName, error.get().line()),
                        "the file is not well-formed YAML or JSON: "
                                + error.get().message(),
                        "fix the syntax at the line shown (indentation, quotes, brackets)");
                return Optional.empty();
            }
        }
        if (reading == null) {
            reading = TreeReading.of(content, path);
        }
        if (reading.tree() != null) {
            return Optional.of(new SpecFile(path, displayName, content, reading.tree()));
        }
        reportUnreadable(reading.failure(), reading.notes(), problems, displayName);
        return Optional.empty();
    }

    /**
     * A file's text read into a tree the way swagger-parser reads it.
     *
     * @param tree the tree, or null when the text is no document
     * @param failure why the reader failed, or null
     * @param notes the reader's notes
     */
    private record TreeReading(JsonNode tree, RuntimeException failure, SwaggerParseResult notes) {
        static TreeReading of(String content, Path path) {
            allowLargeYaml();
            SwaggerParseResult notes = new SwaggerParseResult();
            try {
                JsonNode tree =
                        DeserializationUtils.deserializeIntoTree(content, path.toString(), new ParseOptions(), notes);
                return new TreeReading(tree == null || tree.isMissingNode() ? null : tree, null, notes);
            } catch (RuntimeException e) {
                return new TreeReading(null, e, notes);
            }
        }
    }

    /** A file that is well-formed, token by token, and still no tree: a key twice in one object, or no document. */
    private static void reportUnreadable(
            RuntimeException failure, SwaggerParseResult notes, Problems problems, String displayName) {
        if (failure != null) {
            // reported without the parser's stack trace
            Optional<JsonProcessingException> cause = syntaxCause(failure);
            if (cause.isPresent()) {
                problems.report(
                        ProblemKind.SPEC_UNPARSEABLE,
                        JsonPointer.ROOT,
                        new SourceLocation(
                                displayName,
                                Math.max(
                                        0,
                                        cause.get().getLocation() == null
                                                ? 0
                                                : cause.get().getLocation().getLineNr())),
                        "the file cannot be read as YAML or JSON: "
                                + cause.get().getOriginalMessage(),
                        "fix the file at the line shown (a key written twice in one object is not allowed)");
                return;
            }
        }
        List<String> messages = notes.getMessages() == null ? List.of() : notes.getMessages();
        problems.report(
                ProblemKind.SPEC_UNPARSEABLE,
                JsonPointer.ROOT,
                new SourceLocation(displayName, 0),
                "the file cannot be read as YAML or JSON"
                        + (messages.isEmpty() ? "" : ": " + String.join("; ", messages)),
                "an empty file or one of only comments is not a document");
    }

    private static Optional<JsonProcessingException> syntaxCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException syntax) {
                return Optional.of(syntax);
            }
        }
        return Optional.empty();
    }

    /**
     * Raises swagger-parser's limit on a YAML document's size (3 MiB by default, which a 4 MB spec passes) to the one
     * Kiln's own syntax check reads.
     */
    private static void allowLargeYaml() {
        DeserializationUtils.Options options = DeserializationUtils.getOptions();
        Integer limit = options.getMaxYamlCodePoints();
        if (limit == null || limit < SyntaxError.MAX_CODE_POINTS) {
            options.setMaxYamlCodePoints(SyntaxError.MAX_CODE_POINTS);
        }
    }

    /** The root as the user named it; another file by its path from the root's folder, beside that name. */
    private String displayName(Path path) {
        if (path.equals(rootPath)) {
            return rootDisplayName;
        }
        int slash = Math.max(rootDisplayName.lastIndexOf('/'), rootDisplayName.lastIndexOf('\\'));
        String folder = slash < 0 ? "" : rootDisplayName.substring(0, slash + 1);
        return folder + rootFolder.relativize(path).toString().replace('\\', '/');
    }

    private static Optional<String> readText(Path path) {
        try {
            return Optional.of(Files.readString(path, StandardCharsets.UTF_8));
        } catch (CharacterCodingException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /**
     * Where a {@code $ref} is written.
     *
     * @param file the file that holds it
     * @param pointer the pointer of the {@code $ref} member in that file
     * @param ref the reference as written
     */
    record Reference(SpecFile file, JsonPointer pointer, String ref) {}
}
