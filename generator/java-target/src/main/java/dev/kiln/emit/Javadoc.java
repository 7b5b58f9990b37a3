package dev.kiln.emit;

import com.palantir.javapoet.CodeBlock;
import dev.kiln.ir.Docs;

/** Turns spec descriptions into safe Javadoc: comment terminators, at-signs and HTML are escaped. */
final class Javadoc {
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
}
