package dev.kiln.spec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kiln.problems.JsonPointer;
import dev.kiln.problems.SourceLocation;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * The line each element of a spec file starts on, by JSON pointer. Read only when a problem needs placing, so that
 * a clean spec is never read twice: the first element asked for is looked for alone ({@link PointerLine}, reading
 * past whatever is not on its way), since most specs place one problem, if any, per file; the second asks for the
 * line of every element, read once and kept.
 */
public final class SourceMap {
    private final String displayName;
    private final String content;
    private boolean asked;
    private Map<JsonPointer, Integer> lines;

    private SourceMap(String displayName, String content) {
        this.displayName = displayName;
        this.content = content;
    }

    /**
     * Where the elements of a YAML or JSON document are, read when first asked.
     *
     * @param displayName the file's name as the user gave it
     * @param content the document
     * @return the map; partial when the document is malformed past some point
     */
    public static SourceMap of(String displayName, String content) {
        return new SourceMap(displayName, content);
    }

    /**
     * Returns the file and line of {@code pointer}, or of its nearest ancestor that is written in the file.
     *
     * @param pointer a JSON pointer such as {@code #/components/schemas/Pet}
     * @return the location
     */
    public SourceLocation locate(JsonPointer pointer) {
        if (!asked) {
            asked = true;
            return new SourceLocation(displayName, PointerLine.find(content, pointer));
        }
        if (lines == null) {
            lines = allLines(content);
        }
        JsonPointer current = pointer;
        while (true) {
            Integer line = lines.get(current);
            if (line != null) {
                return new SourceLocation(displayName, line);
            }
            if (current.isRoot()) {
                return new SourceLocation(displayName, 1);
            }
            current = current.parent();
        }
    }

    private static Map<JsonPointer, Integer> allLines(String content) {
        Map<JsonPointer, Integer> lines = new HashMap<>();
        JsonFactory factory = SyntaxError.factory(content);
        try (JsonParser parser = factory.createParser(content)) {
            walk(parser, lines);
        } catch (IOException | RuntimeException e) {
            // A malformed document is reported by the loader with its own line; keep what was mapped.
        }
        return lines;
    }

    private static void walk(JsonParser parser, Map<JsonPointer, Integer> lines) throws IOException {
        Deque<Frame> stack = new ArrayDeque<>();
        JsonPointer pending = JsonPointer.ROOT;
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            Frame top = stack.peek();
            if (token == JsonToken.FIELD_NAME) {
                pending = top.pointer.child(parser.currentName());
                lines.putIfAbsent(pending, parser.currentTokenLocation().getLineNr());
                continue;
            }
            if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                stack.pop();
                continue;
            }
            JsonPointer pointer = pending;
            if (top != null && top.array) {
                pointer = top.pointer.child(top.nextIndex++);
                lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
            }
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                stack.push(new Frame(pointer, token == JsonToken.START_ARRAY));
            }
        }
    }

    private static final class Frame {
        final JsonPointer pointer;
        final boolean array;
        int nextIndex;

        Frame(JsonPointer pointer, boolean array) {
            this.pointer = pointer;
            this.array = array;
        }
    }
}
