package dev.kiln.emit;

import com.palantir.javapoet.CodeBlock;
import dev.kiln.ir.Docs;
import java.util.Locale;

/**
 * Turns spec descriptions into safe Javadoc (comment terminators, at-signs and HTML are escaped), picks the article
 * before a name, and wraps the comments of an emitted file to the line length of hand-written code.
 */
final class Javadoc {
    /** The longest line a generated file may have. */
    static final int LINE_LIMIT = 120;

    /** How much deeper than its tag a block tag's continuation line is indented. */
    private static final String TAG_CONTINUATION = "    ";

    private Javadoc() {}

    /** Escapes text from the spec for use inside a Javadoc comment. */
    static String sanitize(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("*/", "*&#47;")
                .replace("/*", "&#47;*")
                .replace("@", "&#64;")
                .replace("\\u", "\\\\u")
                .strip();
    }

    /**
     * A name from the spec set as code: {@code {@code name}} when the name is safe there, otherwise escaped HTML in
     * {@code <code>} (a name such as {@code *}{@code /} would end the comment, an unbalanced brace the tag).
     */
    static String code(String name) {
        boolean plain = name.chars().noneMatch(c -> "*/@\\{}&<>\r\n".indexOf(c) >= 0) && !name.isBlank();
        return plain ? "{@code " + name + "}" : "<code>" + sanitize(name) + "</code>";
    }

    /** The Javadoc of an element: its description, or {@code fallback} when the spec has none. */
    static CodeBlock of(Docs docs, String fallback) {
        String text = docs.summary().map(Javadoc::sanitize).orElse(fallback);
        CodeBlock.Builder block = CodeBlock.builder().add("$L\n", text);
        if (docs.deprecated()) {
            block.add("\n@deprecated the API marks this as deprecated\n");
        }
        return block.build();
    }

    /**
     * The indefinite article read before a name, by how the name is said: "an" before a vowel sound ({@code an
     * Autoscaling}, {@code an HTTPRoute}, {@code an X509Cert}), "a" before a consonant sound ({@code a Pet}, {@code a
     * UserList}, {@code a OneOf}, {@code a URL}).
     */
    static String article(String name) {
        if (name.isEmpty()) {
            return "a";
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (isInitialism(name)) {
            // said letter by letter: "an HTTP...", "an S3...", "a URL..."
            return "aefhilmnorsx".indexOf(lower.charAt(0)) >= 0 ? "an" : "a";
        }
        if (lower.startsWith("one") || lower.startsWith("once")) {
            return "a";
        }
        if (lower.startsWith("u")) {
            // "a user", "a unit", "a uniform", "a usage", "a utility" but "an update", "an unknown"
            boolean youSound = lower.startsWith("uni")
                    || lower.startsWith("use")
                    || lower.startsWith("usa")
                    || lower.startsWith("usu")
                    || lower.startsWith("uti")
                    || lower.startsWith("uri")
                    || lower.startsWith("url")
                    || lower.startsWith("uuid");
            return youSound ? "a" : "an";
        }
        return "aeio".indexOf(lower.charAt(0)) >= 0 ? "an" : "a";
    }

    /** Whether the name starts with two capitals or a capital and a digit, as {@code HTTPRoute} and {@code S3Bucket}. */
    private static boolean isInitialism(String name) {
        return name.length() > 1
                && Character.isUpperCase(name.charAt(0))
                && (Character.isUpperCase(name.charAt(1)) || Character.isDigit(name.charAt(1)));
    }

    /**
     * Wraps every Javadoc line of an emitted Java file that is longer than {@link #LINE_LIMIT} at its last space that
     * fits, continuing it on the next comment line (a block tag's continuation indented a little deeper), so that no
     * comment runs past the limit whatever the nesting depth. Code lines are left as they are: JavaPoet wraps those.
     *
     * @param source the file's text
     * @return the text with its long comment lines wrapped
     */
    static String wrapComments(String source) {
        StringBuilder out = new StringBuilder(source.length() + 256);
        boolean inJavadoc = false;
        boolean inTag = false;
        int start = 0;
        while (start < source.length()) {
            int end = source.indexOf('\n', start);
            end = end < 0 ? source.length() : end;
            String line = source.substring(start, end);
            String trimmed = line.stripLeading();
            if (trimmed.startsWith("/**")) {
                inJavadoc = true;
                inTag = false;
            }
            if (inJavadoc && trimmed.startsWith("* ")) {
                inTag = trimmed.startsWith("* @") || (inTag && !trimmed.equals("*"));
                wrapLine(line, trimmed.startsWith("* @") || inTag, out);
            } else {
                out.append(line);
                if (trimmed.equals("*")) {
                    inTag = false;
                }
            }
            if (inJavadoc && trimmed.endsWith("*/")) {
                inJavadoc = false;
            }
            if (end < source.length()) {
                out.append('\n');
            }
            start = end + 1;
        }
        return out.toString();
    }

    /**
     * The last space that leaves at most {@link #LINE_LIMIT} characters before it and is past {@code from}, outside an
     * inline tag such as {@code {@link Type#member()}} when there is one; -1 when there is none.
     */
    private static int breakAt(String line, int from) {
        int any = -1;
        int outsideTags = -1;
        int depth = 0;
        for (int i = 0; i <= Math.min(LINE_LIMIT, line.length() - 1); i++) {
            char c = line.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && depth > 0) {
                depth--;
            } else if (c == ' ' && i > from) {
                any = i;
                if (depth == 0) {
                    outsideTags = i;
                }
            }
        }
        return outsideTags >= 0 ? outsideTags : any;
    }

    private static void wrapLine(String line, boolean blockTag, StringBuilder out) {
        String prefix = line.substring(0, line.indexOf('*') + 2);
        String continuation = prefix + (blockTag ? TAG_CONTINUATION : "");
        String rest = line;
        String lead = "";
        while (lead.length() + rest.length() > LINE_LIMIT) {
            String candidate = lead + rest;
            int space = breakAt(candidate, continuation.length());
            if (space < 0) {
                break; // one word longer than a line: leave it long rather than break it
            }
            out.append(candidate, 0, space).append('\n');
            rest = candidate.substring(space + 1);
            lead = continuation;
        }
        out.append(lead).append(rest);
    }
}
