package dev.kiln.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.ir.Docs;
import java.util.Locale;

/**
 * Turns spec descriptions into safe Javadoc (comment terminators, at-signs and HTML are escaped) and picks the
 * article before a name.
 */
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
    /**
     * Documents a type: its Javadoc ({@link #of}), and {@code @Deprecated} when the spec deprecates it, so that the
     * annotation never goes missing beside the {@code @deprecated} the Javadoc says.
     *
     * @param type the type
     * @param docs what the spec says of it
     * @param fallback the Javadoc when the spec says nothing
     * @return the type
     */
    static TypeSpec.Builder documented(TypeSpec.Builder type, Docs docs, String fallback) {
        type.addJavadoc(of(docs, fallback));
        if (docs.deprecated()) {
            type.addAnnotation(Deprecated.class);
        }
        return type;
    }

    static CodeBlock of(Docs docs, String fallback) {
        return JoinedBlock.of("$L", text(docs, fallback));
    }

    /** The text of {@link #of}, to join with more. */
    static String text(Docs docs, String fallback) {
        String text = docs.summary().map(Javadoc::sanitize).orElse(fallback) + "\n";
        return docs.deprecated() ? text + "\n@deprecated the API marks this as deprecated\n" : text;
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
}
