package dev.kiln.emit;

import java.util.regex.Pattern;

/**
 * Lays out an emitted Java file as hand-written code is laid out, where JavaPoet does not: comments of one short line
 * on one line, annotations of one member on one line, and no line past {@link #LINE_LIMIT} columns, comments, type
 * declarations and statements wrapped as palantir-java-format wraps them (JavaPoet wraps code only at the wrap points
 * an emitter marks, and at 100 columns).
 */
final class SourceLayout {
    /** The longest line a generated file may have. */
    static final int LINE_LIMIT = 120;

    /** How much deeper than its tag a block tag's continuation line is indented. */
    private static final String TAG_CONTINUATION = "    ";

    /** How much deeper than its first line a wrapped declaration or statement continues. */
    private static final String CONTINUATION = "        ";

    /** A binary operator a statement may break before, with the spaces around it. */
    private static final Pattern OPERATOR = Pattern.compile(" (?:&&|\\|\\||\\?|:|\\+) ");

    private static final Pattern TYPE_HEADER =
            Pattern.compile("^\\s*(?:(?:public|protected|private|static|final|abstract|sealed|non-sealed) )*"
                    + "(?:class|interface|enum|record) .*\\{$");

    /** Where a type's declaration breaks: before a supertype clause. */
    private static final Pattern HEADER_CLAUSE = Pattern.compile(" (?:extends|implements|permits) ");

    private SourceLayout() {}

    /**
     * Lays out the Javadoc of an emitted Java file as hand-written code has it: a comment of one short line on one
     * line, and every comment line longer than {@link #LINE_LIMIT} wrapped at its last space that fits, continuing on
     * the next comment line (a block tag's continuation indented a little deeper), so that no comment runs past the
     * limit whatever the nesting depth; long declarations and statements are broken too.
     *
     * @param source the file's text
     * @return the text with its long comment lines wrapped
     */
    static String of(String source) {
        return wrapLongLines(collapseOneLiners(collapseAnnotations(source)));
    }

    /**
     * Writes each comment of one short line on one line, and leaves the rest of the file as JavaPoet wrote it.
     *
     * @param source the file's text
     * @return the text with its one-line comments on one line
     */
    static String oneLineComments(String source) {
        return collapseOneLiners(source);
    }

    /**
     * Writes an annotation with one member on one line, {@code @JsonCreator(mode = JsonCreator.Mode.DELEGATING)}, when
     * it fits the limit (JavaPoet spreads any annotation with a named member over three lines), and an empty parameter
     * list on the line of its method.
     */
    private static String collapseAnnotations(String source) {
        String[] lines = source.split("\n", -1);
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            if (i + 2 < lines.length
                    && line.strip().startsWith("@")
                    && line.endsWith("(")
                    && lines[i + 2].strip().equals(")")
                    && line.length() + lines[i + 1].strip().length() + 1 <= LINE_LIMIT) {
                line = line + lines[i + 1].strip() + ")";
                i += 2;
            } else if (i + 1 < lines.length
                    && line.endsWith("(")
                    && lines[i + 1].strip().startsWith(")")) {
                // JavaPoet breaks the empty parameter list of a method whose signature passes 100 columns
                line = line + lines[i + 1].strip();
                i++;
            }
            out.append(line);
            i++;
            if (i < lines.length) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    /**
     * Writes each comment of one short line on one line, {@code /** {@return the value} *}{@code /}, as hand-written
     * code does, when it fits the limit; JavaPoet always spreads a comment over three lines.
     */
    private static String collapseOneLiners(String source) {
        String[] lines = source.split("\n", -1);
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < lines.length) {
            if (i + 2 < lines.length
                    && lines[i].strip().equals("/**")
                    && lines[i + 2].strip().equals("*/")) {
                String indent = lines[i].substring(0, lines[i].indexOf('/'));
                String text = lines[i + 1].strip();
                if (text.startsWith("* ") && !text.startsWith("* @")) {
                    String oneLine = indent + "/** " + text.substring(2) + " */";
                    if (oneLine.length() <= LINE_LIMIT) {
                        out.append(oneLine);
                        i += 3;
                        if (i < lines.length) {
                            out.append('\n');
                        }
                        continue;
                    }
                }
            }
            out.append(lines[i]);
            i++;
            if (i < lines.length) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static String wrapLongLines(String source) {
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
                wrapLine(line, inTag, out);
            } else if (inJavadoc || line.length() <= LINE_LIMIT || trimmed.startsWith("//")) {
                out.append(line);
                if (trimmed.equals("*")) {
                    inTag = false;
                }
            } else if (TYPE_HEADER.matcher(line).matches()) {
                wrapHeader(line, out);
            } else {
                wrapCode(line, out);
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

    /**
     * Breaks a type's declaration longer than the limit before its {@code extends}, {@code implements} and
     * {@code permits} (not those bounding its type variables), and each of those lines that is still too long as a
     * statement.
     */
    private static void wrapHeader(String line, StringBuilder out) {
        String lead = "";
        int depth = 0;
        int start = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '<') {
                depth++;
            } else if (c == '>') {
                depth--;
            } else if (c == ' '
                    && depth == 0
                    && HEADER_CLAUSE.matcher(line).region(i, line.length()).lookingAt()) {
                wrapCode(lead + line.substring(start, i), out);
                out.append('\n');
                lead = indentOf(line) + CONTINUATION;
                start = i + 1;
            }
        }
        wrapCode(lead + line.substring(start), out);
    }

    /**
     * Breaks a line of code longer than the limit as palantir-java-format would: after a comma or before a binary
     * operator, outside string literals and type arguments, as late as fits, continuing eight columns
     * deeper; after an opening parenthesis only when nothing else fits.
     */
    private static void wrapCode(String line, StringBuilder out) {
        String continuation = indentOf(line) + CONTINUATION;
        String rest = line;
        int from = indentOf(line).length();
        while (rest.length() > LINE_LIMIT) {
            int at = codeBreak(rest, from);
            if (at < 0) {
                break; // nothing to break at: leave it long rather than break it wrongly
            }
            out.append(rest.substring(0, at).stripTrailing()).append('\n');
            rest = continuation + rest.substring(at).stripLeading();
            from = continuation.length();
        }
        out.append(rest);
    }

    /**
     * Where to break a line of code: the last comma or binary operator that fits, outside literals and type arguments;
     * else the last assignment, then the last opening parenthesis; else a comma inside type arguments. -1 when there
     * is none.
     */
    private static int codeBreak(String line, int from) {
        int best = -1;
        int afterAssignment = -1;
        int afterParenthesis = -1;
        int inTypeArguments = -1;
        boolean inString = false;
        boolean inChar = false;
        int typeArguments = 0;
        for (int i = 0; i < line.length() && i < LINE_LIMIT; i++) {
            char c = line.charAt(i);
            if (inString || inChar) {
                if (c == '\\') {
                    i++;
                } else if (c == (inString ? '"' : '\'')) {
                    inString = false;
                    inChar = false;
                }
                continue;
            }
            boolean comma = c == ',' && i + 1 < line.length() && line.charAt(i + 1) == ' ';
            if (c == '"') {
                inString = true;
            } else if (c == '\'') {
                inChar = true;
            } else if (c == '<' && i > 0 && Character.isJavaIdentifierPart(line.charAt(i - 1))) {
                typeArguments++;
            } else if (c == '>' && typeArguments > 0) {
                typeArguments--;
            } else if (i <= from) {
                continue;
            } else if (typeArguments > 0) {
                if (comma) {
                    inTypeArguments = i + 1;
                }
            } else if (comma) {
                best = i + 1;
            } else if (c == ' '
                    && OPERATOR.matcher(line).region(i, line.length()).lookingAt()) {
                best = i;
            } else if (c == '='
                    && i > 0
                    && line.charAt(i - 1) == ' '
                    && i + 1 < line.length()
                    && line.charAt(i + 1) == ' ') {
                afterAssignment = i + 1;
            } else if (c == '(' && i + 1 < line.length() && line.charAt(i + 1) != ')') {
                afterParenthesis = i + 1;
            }
        }
        if (best >= 0) {
            return best;
        }
        if (afterAssignment >= 0) {
            return afterAssignment;
        }
        return afterParenthesis >= 0 ? afterParenthesis : inTypeArguments;
    }

    private static String indentOf(String line) {
        return line.substring(0, line.length() - line.stripLeading().length());
    }
}
