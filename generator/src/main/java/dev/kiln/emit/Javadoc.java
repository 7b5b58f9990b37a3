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
