package dev.kiln.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;

/**
 * Builds a {@link CodeBlock} as {@link CodeBlock.Builder} does, from the same format strings, but with each run of
 * plain text (the text between placeholders, and the {@code $L} and {@code $N} arguments that are plain text) joined
 * into one piece. JavaPoet writes a file twice (once to collect its imports, once for real) and pays a fixed cost for
 * every piece each time (it splits every piece into lines with a regular expression), so a Javadoc or a statement
 * handed over as one piece costs a fraction of the same text in ten. The text written is the same: only where the
 * pieces are cut changes. Types ({@code $T}), string literals ({@code $S}), specs and the layout placeholders
 * ({@code $W}, {@code $Z}, {@code $>}, {@code $<}, {@code $[}, {@code $]}) are handed to JavaPoet as they are.
 */
final class JoinedBlock {
    private final CodeBlock.Builder block = CodeBlock.builder();
    private final StringBuilder text = new StringBuilder();
    private boolean textAdded;
    private boolean blockEmpty = true;

    private JoinedBlock() {}

    /** {@return an empty builder} */
    static JoinedBlock builder() {
        return new JoinedBlock();
    }

    /**
     * A block of one format, as {@link CodeBlock#of} makes it, its text joined.
     *
     * @param format a JavaPoet format: {@code $L}, {@code $N}, {@code $S}, {@code $T}, {@code $$} and the layout
     *     placeholders, arguments taken in order
     * @param args the arguments
     * @return the block
     */
    static CodeBlock of(String format, Object... args) {
        return builder().add(format, args).build();
    }

    /**
     * A statement, as {@link MethodSpec.Builder#addStatement(String, Object...)} adds it, its text joined: to add
     * with {@code addCode}.
     *
     * @param format the statement without its semicolon, in JavaPoet's format
     * @param args the arguments
     * @return the statement's block
     */
    static CodeBlock statement(String format, Object... args) {
        return builder().add("$[").add(format, args).add(";\n$]").build();
    }

    /**
     * Adds a format with its arguments, as {@link CodeBlock.Builder#add(String, Object...)} does.
     *
     * @param format a JavaPoet format whose placeholders take their arguments in order
     * @param args the arguments
     * @return this builder
     * @throws IllegalArgumentException for an indexed or named placeholder, an unknown one, or arguments left over
     *     or missing
     */
    JoinedBlock add(String format, Object... args) {
        int next = 0;
        int at = 0;
        while (at < format.length()) {
            int dollar = format.indexOf('$', at);
            if (dollar < 0) {
                appendText(format.substring(at));
                break;
            }
            appendText(format.substring(at, dollar));
            if (dollar + 1 >= format.length()) {
                throw new IllegalArgumentException("dangling $ at the end of '" + format + "'");
            }
            char placeholder = format.charAt(dollar + 1);
            switch (placeholder) {
                case '$' -> appendText("$");
                case 'L' -> literal(argument(format, args, next++));
                case 'N' -> name(argument(format, args, next++));
                case 'S', 'T' -> delegate("$" + placeholder, argument(format, args, next++));
                case 'W', 'Z', '>', '<', '[', ']' -> delegate("$" + placeholder);
                default ->
                    throw new IllegalArgumentException(
                            "only $L, $N, $S, $T, $$ and the layout placeholders, in order, are joined: '" + format
                                    + "'");
            }
            at = dollar + 2;
        }
        if (next != args.length) {
            throw new IllegalArgumentException((args.length - next) + " argument(s) left over after '" + format + "'");
        }
        return this;
    }

    /**
     * Adds a block as it is, as {@link CodeBlock.Builder#add(CodeBlock)} does.
     *
     * @param code the block
     * @return this builder
     */
    JoinedBlock add(CodeBlock code) {
        if (!code.isEmpty()) {
            flush();
            block.add(code);
            blockEmpty = false;
        }
        return this;
    }

    /** {@return the block} */
    CodeBlock build() {
        flush();
        return block.build();
    }

    private static Object argument(String format, Object[] args, int index) {
        if (index >= args.length) {
            throw new IllegalArgumentException("too few arguments for '" + format + "'");
        }
        return args[index];
    }

    /** A {@code $L}: a spec or a block is JavaPoet's to write, anything else is its text. */
    private void literal(Object value) {
        if (value instanceof CodeBlock || value instanceof TypeSpec || value instanceof AnnotationSpec) {
            delegate("$L", value);
        } else {
            appendArgument(String.valueOf(value));
        }
    }

    /** A {@code $N}: a name as text, or the name of a spec, as JavaPoet takes it. */
    private void name(Object value) {
        if (value instanceof CharSequence name) {
            appendArgument(name.toString());
        } else if (value instanceof ParameterSpec parameter) {
            appendArgument(parameter.name());
        } else if (value instanceof FieldSpec field) {
            appendArgument(field.name());
        } else if (value instanceof MethodSpec method) {
            appendArgument(method.name());
        } else if (value instanceof TypeSpec type) {
            appendArgument(type.name());
        } else {
            throw new IllegalArgumentException("expected a name but was " + value);
        }
    }

    private void delegate(String placeholder, Object... args) {
        flush();
        block.add(placeholder, args);
        blockEmpty = false;
    }

    /** Text of the format between placeholders: none when empty, as JavaPoet keeps no empty piece of a format. */
    private void appendText(String piece) {
        if (!piece.isEmpty()) {
            appendArgument(piece);
        }
    }

    /** An argument's text, a piece of the block even when empty. */
    private void appendArgument(String piece) {
        // "\r" then "\n" in two pieces are two line breaks, in one piece one: keep them apart
        if (!piece.isEmpty() && piece.charAt(0) == '\n' && !text.isEmpty() && text.charAt(text.length() - 1) == '\r') {
            flush();
        }
        text.append(piece);
        textAdded = true;
    }

    /**
     * Hands the text gathered so far to the block as one piece. An empty text still counts when it is all the block
     * has, as {@code CodeBlock.of("$L", "")} is not an empty block (an empty Javadoc is still written).
     */
    private void flush() {
        if (!text.isEmpty() || (textAdded && blockEmpty)) {
            block.add("$L", text.toString());
            blockEmpty = false;
        }
        text.setLength(0);
        textAdded = false;
    }
}
