package dev.kiln.spec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiln.problems.JsonPointer;
import dev.kiln.problems.ProblemKind;
import dev.kiln.problems.Problems;
import dev.kiln.problems.Suggestions;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds what a {@code $ref} points at: a file (relative to the file that holds the reference) and a JSON pointer in
 * it. A URL, a missing file, a name-only fragment and a pointer to nothing are reported at the reference.
 */
final class RefResolver {
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]+:");

    private final SpecFiles files;
    private final Problems problems;

    RefResolver(SpecFiles files, Problems problems) {
        this.files = files;
        this.problems = problems;
    }

    /**
     * Resolves a reference.
     *
     * @param from the file that holds it
     * @param ref the reference as written
     * @param refPointer the pointer of the {@code $ref} member in {@code from}
     * @return the target, or empty when it was reported
     */
    Optional<RefTarget> resolve(SpecFile from, String ref, JsonPointer refPointer) {
        int hash = ref.indexOf('#');
        String location = hash < 0 ? ref : ref.substring(0, hash);
        String fragment = hash < 0 ? "" : ref.substring(hash + 1);
        if (SCHEME.matcher(location).find() && !location.regionMatches(true, 0, "file:", 0, 5)) {
            problems.report(
                    ProblemKind.REMOTE_REF,
                    refPointer,
                    from.locate(refPointer),
                    "'" + ref + "' is on the network; Kiln reads no URL at build time",
                    "save the file beside the spec and refer to it by a relative path");
            return Optional.empty();
        }
        SpecFile file = from;
        if (!location.isEmpty()) {
            Optional<SpecFile> read = file(from, location, ref, refPointer);
            if (read.isEmpty()) {
                return Optional.empty();
            }
            file = read.get();
        }
        if (!fragment.isEmpty() && !fragment.startsWith("/")) {
            problems.report(
                    ProblemKind.UNRESOLVED_REF,
                    refPointer,
                    from.locate(refPointer),
                    "cannot resolve '" + ref + "': '#" + fragment + "' names an anchor, not a place",
                    "write a JSON pointer after the '#', such as '#/components/schemas/Pet'");
            return Optional.empty();
        }
        return find(file, percentDecoded(fragment), ref, from, refPointer);
    }

    private Optional<SpecFile> file(SpecFile from, String location, String ref, JsonPointer refPointer) {
        String path = percentDecoded(location.regionMatches(true, 0, "file:", 0, 5) ? location.substring(5) : location);
        try {
            return files.read(
                    from.path().resolveSibling(Path.of(path)),
                    problems,
                    new SpecFiles.Reference(from, refPointer, ref));
        } catch (InvalidPathException e) {
            problems.report(
                    ProblemKind.REF_FILE_NOT_FOUND,
                    refPointer,
                    from.locate(refPointer),
                    "'" + location + "' is not a file path",
                    "refer to a file by a relative path");
            return Optional.empty();
        }
    }

    private Optional<RefTarget> find(
            SpecFile file, String fragment, String ref, SpecFile from, JsonPointer refPointer) {
        JsonPointer pointer = JsonPointer.parse(fragment);
        JsonNode node = file.tree();
        JsonPointer reached = JsonPointer.ROOT;
        for (String token : pointer.tokens()) {
            JsonNode next = node.isObject()
                    ? node.get(token)
                    : node.isArray() && token.matches("\\d{1,9}") ? node.get(Integer.parseInt(token)) : null;
            if (next == null) {
                problems.report(
                        ProblemKind.UNRESOLVED_REF,
                        refPointer,
                        from.locate(refPointer),
                        "cannot resolve '" + ref + "'",
                        hint(node, token, reached, file));
                return Optional.empty();
            }
            node = next;
            reached = reached.child(token);
        }
        return Optional.of(new RefTarget(file, pointer, node));
    }

    private static String hint(JsonNode parent, String missing, JsonPointer reached, SpecFile file) {
        List<String> names = new ArrayList<>();
        parent.fieldNames().forEachRemaining(names::add);
        String where =
                reached.isRoot() ? "the top of " + file.displayName() : "'" + reached + "' in " + file.displayName();
        return Suggestions.closest(missing, names)
                .map(name -> "did you mean '" + name + "'?")
                .orElse("there is no '" + missing + "' at " + where);
    }

    /** Undoes URI percent-encoding ({@code %20}), leaving {@code +} and everything else as written. */
    static String percentDecoded(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        StringBuilder decoded = new StringBuilder();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < text.length()) {
            boolean escape = text.charAt(i) == '%'
                    && i + 2 < text.length()
                    && isHex(text.charAt(i + 1))
                    && isHex(text.charAt(i + 2));
            if (escape) {
                bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 3;
                continue;
            }
            decoded.append(bytes.toString(StandardCharsets.UTF_8));
            bytes.reset();
            decoded.append(text.charAt(i));
            i++;
        }
        return decoded.append(bytes.toString(StandardCharsets.UTF_8)).toString();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
