package dev.kiln.spec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiln.problems.JsonPointer;
import dev.kiln.problems.ProblemKind;
import dev.kiln.problems.Problems;
import dev.kiln.problems.Suggestions;
import dev.kiln.remote.RemoteSpec;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds what a {@code $ref} points at: a file (relative to the file that holds the reference) and a JSON pointer in
 * it. A pointer that passes through a {@code $ref} ({@code .../items/allOf/0} where {@code items} is a reference)
 * goes on from where that reference points, as bundling tools do when they write such pointers; a chain of them
 * that comes back to itself is a cycle. A URL, a missing file, a name-only fragment and a pointer to nothing are
 * reported at the reference.
 */
final class RefResolver {
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]+:");

    private final SpecFiles files;
    private final Problems problems;
    private final Optional<RemoteSpec> remote;

    RefResolver(SpecFiles files, Problems problems, Optional<RemoteSpec> remote) {
        this.files = files;
        this.problems = problems;
        this.remote = remote;
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
        return resolve(from, ref, refPointer, new HashSet<>());
    }

    /**
     * Resolves a reference met on the way of another one's pointer.
     *
     * @param through the references followed so far on the way, by where each is written
     */
    private Optional<RefTarget> resolve(SpecFile from, String ref, JsonPointer refPointer, Set<RefTarget.Key> through) {
        int hash = ref.indexOf('#');
        String location = hash < 0 ? ref : ref.substring(0, hash);
        String fragment = hash < 0 ? "" : ref.substring(hash + 1);
        Optional<Path> cached = cachedCopy(location);
        if (cached.isPresent()) {
            Optional<SpecFile> read =
                    files.read(cached.get(), problems, new SpecFiles.Reference(from, refPointer, ref));
            return read.isEmpty()
                    ? Optional.empty()
                    : find(read.get(), percentDecoded(fragment), ref, from, refPointer, through);
        }
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
        return find(file, percentDecoded(fragment), ref, from, refPointer, through);
    }

    /** A URL on the server of a remote spec: its copy in the spec's cache, fetched with the spec. */
    private Optional<Path> cachedCopy(String location) {
        if (remote.isEmpty() || !RemoteSpec.isUrl(location)) {
            return Optional.empty();
        }
        try {
            return remote.get().cachedCopy(new URI(location));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
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
            SpecFile file,
            String fragment,
            String ref,
            SpecFile from,
            JsonPointer refPointer,
            Set<RefTarget.Key> through) {
        JsonPointer pointer = JsonPointer.parse(fragment);
        SpecFile at = file;
        JsonNode node = file.tree();
        JsonPointer reached = JsonPointer.ROOT;
        for (String token : pointer.tokens()) {
            JsonNode next = child(node, token);
            while (next == null && node.path("$ref").isTextual()) {
                JsonPointer hopPointer = reached.child("$ref");
                if (!through.add(new RefTarget.Key(at.path().toString(), hopPointer))) {
                    problems.report(
                            ProblemKind.REF_CYCLE,
                            refPointer,
                            from.locate(refPointer),
                            "'" + ref + "' passes through references that lead back to themselves (at '" + reached
                                    + "' in " + at.displayName() + ")",
                            "a $ref must end at an object written out; break the cycle");
                    return Optional.empty();
                }
                Optional<RefTarget> hop = resolve(at, node.get("$ref").asText(), hopPointer, through);
                if (hop.isEmpty()) {
                    return Optional.empty();
                }
                at = hop.get().file();
                node = hop.get().node();
                reached = hop.get().pointer();
                next = child(node, token);
            }
            if (next == null) {
                problems.report(
                        ProblemKind.UNRESOLVED_REF,
                        refPointer,
                        from.locate(refPointer),
                        "cannot resolve '" + ref + "'",
                        hint(node, token, reached, at));
                return Optional.empty();
            }
            node = next;
            reached = reached.child(token);
        }
        return Optional.of(new RefTarget(at, reached, node));
    }

    private static JsonNode child(JsonNode node, String token) {
        if (node.isObject()) {
            return node.get(token);
        }
        return node.isArray() && token.matches("\\d{1,9}") ? node.get(Integer.parseInt(token)) : null;
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
