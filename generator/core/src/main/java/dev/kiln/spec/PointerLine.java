package dev.kiln.spec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kiln.problems.JsonPointer;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * The line one element of a YAML or JSON document starts on, found by reading the document up to it and skipping
 * every map and list not on its way: the line {@link SourceMap} gives it, without a pointer made for every element
 * of the file. A member's line is its key's, a list item's its value's; a member written twice is looked for in
 * each of its maps, the first one found winning.
 */
final class PointerLine {
    private static final int UNSEEN = Integer.MIN_VALUE;

    private PointerLine() {}

    /**
     * Finds where an element starts.
     *
     * @param content the document
     * @param pointer the element
     * @return the line of the element, or of its nearest ancestor written in the document, or 1
     */
    static int find(String content, JsonPointer pointer) {
        List<String> tokens = pointer.tokens();
        if (tokens.isEmpty()) {
            return 1;
        }
        int[] lines = new int[tokens.size() + 1];
        Arrays.fill(lines, UNSEEN);
        try (JsonParser parser = SyntaxError.factory(content).createParser(content)) {
            walk(parser, tokens, lines);
        } catch (IOException | RuntimeException e) {
            // A malformed document is reported by the loader with its own line; keep what was found.
        }
        for (int depth = tokens.size(); depth > 0; depth--) {
            if (lines[depth] != UNSEEN) {
                return lines[depth];
            }
        }
        return 1;
    }

    /** Records in {@code lines[d]} the line of the pointer's first {@code d} tokens, each where first seen. */
    private static void walk(JsonParser parser, List<String> tokens, int[] lines) throws IOException {
        Deque<Frame> stack = new ArrayDeque<>();
        boolean pendingOnWay = true;
        int pendingDepth = 0;
        JsonToken token;
        while ((token = parser.nextToken()) != null && lines[tokens.size()] == UNSEEN) {
            Frame top = stack.peek();
            if (token == JsonToken.FIELD_NAME) {
                pendingDepth = top.depth + 1;
                pendingOnWay = top.leadsTo(tokens, parser.currentName());
                if (pendingOnWay) {
                    record(lines, pendingDepth, parser);
                }
                continue;
            }
            if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                stack.pop();
                continue;
            }
            boolean onWay = pendingOnWay;
            int depth = pendingDepth;
            if (top != null && top.array) {
                depth = top.depth + 1;
                onWay = top.leadsTo(tokens, Integer.toString(top.nextIndex++));
                if (onWay) {
                    record(lines, depth, parser);
                }
            }
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                if (onWay) {
                    stack.push(new Frame(depth, token == JsonToken.START_ARRAY));
                } else {
                    parser.skipChildren();
                }
            }
        }
    }

    private static void record(int[] lines, int depth, JsonParser parser) {
        if (lines[depth] == UNSEEN) {
            lines[depth] = parser.currentTokenLocation().getLineNr();
        }
    }

    /** A map or list on the way to the element (the others are skipped): how deep it is, what it has read. */
    private static final class Frame {
        final int depth;
        final boolean array;
        int nextIndex;

        Frame(int depth, boolean array) {
            this.depth = depth;
            this.array = array;
        }

        /** Whether the child named {@code token} of this element is the pointer's element or one of its ancestors. */
        boolean leadsTo(List<String> tokens, String token) {
            return depth < tokens.size() && tokens.get(depth).equals(token);
        }
    }
}
