package dev.kiln.spec;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiln.problems.JsonPointer;
import dev.kiln.problems.ProblemKind;
import dev.kiln.problems.Problems;
import dev.kiln.problems.SourceLocation;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a spec: its files, joined into one document by {@link SpecBundler} so that every {@code $ref} to another file
 * or to a place inside another object is followed, then parsed by swagger-parser, which so never reads a file or
 * the network itself.
 */
public final class SpecLoader {
    private static final Pattern MISSING_SCHEMA_NOTE =
            Pattern.compile("attribute components\\.schemas\\..*\\.([^.]+) is not of type `schema`");

    private final SpecSettings settings;

    /** A loader with the default settings. */
    public SpecLoader() {
        this(SpecSettings.DEFAULT);
    }

    /**
     * A loader.
     *
     * @param settings how to read the spec
     */
    public SpecLoader(SpecSettings settings) {
        this.settings = settings;
    }

    /**
     * Reads a spec.
     *
     * @param file the spec file
     * @param displayName how to name the file in messages (as the user gave it)
     * @return the parsed spec with its problem collector
     * @throws dev.kiln.problems.SpecException when a file is missing or malformed, a reference cannot be followed,
     *     or the document is not OpenAPI 3
     */
    public LoadedSpec load(Path file, String displayName) {
        SpecFiles files = new SpecFiles(file, displayName, settings.limits());
        Problems reading = new Problems(pointer -> new SourceLocation(displayName, 0));
        SpecFile root = files.read(file, reading, null).orElse(null);
        reading.throwIfErrors();
        VersionCheck.check(root, reading);
        reading.throwIfErrors();
        if (!settings.overlays().isEmpty()) {
            root = new Overlays(files, reading).apply(root, settings.overlays());
            reading.throwIfErrors();
        }

        boolean swaggerTwo = SwaggerTwo.is(root.tree());
        if (swaggerTwo) {
            root = SwaggerTwo.convert(root, reading).orElse(null);
            reading.throwIfErrors();
        }

        Origins origins = new Origins(root);
        Problems problems = new Problems(origins::locate);
        reading.warnings().forEach(problems::add);
        ObjectNode bundle = new SpecBundler(files, root, problems, origins, settings.remote()).bundle();
        problems.throwIfErrors();
        new ConsistencyChecks(bundle, problems).check();
        problems.throwIfErrors();

        boolean readFromJsonOnly = settings.overlays().isEmpty()
                && !swaggerTwo
                && files.files().stream().allMatch(SpecFile::isJson);
        SwaggerParseResult result = BundleParse.parse(bundle, root.path().toString(), readFromJsonOnly);
        List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
        if (result.getOpenAPI() == null) {
            problems.report(
                    ProblemKind.SPEC_INVALID,
                    JsonPointer.ROOT,
                    "not an OpenAPI 3 document: " + String.join("; ", messages),
                    "the document needs 'openapi: 3.x', 'info' and 'paths' at the top level");
            problems.throwIfErrors();
        }
        Set<String> schemaNames = new HashSet<>();
        bundle.path("components").path("schemas").fieldNames().forEachRemaining(schemaNames::add);
        for (String message : messages) {
            if (!isAboutReferences(message, schemaNames)) {
                problems.report(ProblemKind.SPEC_WARNING, MessagePointer.of(message, bundle), message, null);
            }
        }
        return new LoadedSpec(result.getOpenAPI(), displayName, problems, files.files());
    }

    /**
     * Unresolved references are reported by the bundler and the linker, with their exact pointer; swagger-parser's
     * notes on them are left out. Besides the ones naming the reference, that is its note that a schema
     * ({@code components.schemas.Pet.Tagg}) "is not of type `schema`" when the last name is no schema at all.
     */
    private static boolean isAboutReferences(String message, Set<String> schemaNames) {
        if (message.contains("#/") || message.startsWith("Could not find")) {
            return true;
        }
        Matcher missing = MISSING_SCHEMA_NOTE.matcher(message);
        return missing.matches() && !schemaNames.contains(missing.group(1));
    }
}
