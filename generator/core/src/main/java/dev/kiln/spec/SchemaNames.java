package dev.kiln.spec;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names the schemas a bundle gathers into {@code components/schemas}: a file by its name ({@code schemas/Pet.yaml}
 * is {@code Pet}), a component of another file by its own name, and a place inside a schema, parameter or response
 * by its title, or else by its owner and the path to it ({@code Pet/properties/owner} is {@code PetOwner}). A name
 * already taken gets a number.
 */
final class SchemaNames {
    /** Words of a pointer that say how a document is laid out, not what is there. */
    private static final Set<String> STRUCTURE = Set.of(
            "components",
            "schemas",
            "definitions",
            "$defs",
            "properties",
            "schema",
            "content",
            "parameters",
            "responses",
            "requestBodies",
            "headers",
            "paths",
            "patternProperties");

    private final Set<String> taken = new HashSet<>();

    SchemaNames(Set<String> reserved) {
        reserved.forEach(name -> taken.add(name.toLowerCase(Locale.ROOT)));
    }

    /**
     * Allocates a name for a target.
     *
     * @param target what is gathered
     * @param inRootFile whether it is in the spec's own file
     * @return a name no other component has, ignoring case
     */
    String allocate(RefTarget target, boolean inRootFile) {
        String base = base(target, inRootFile);
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + n;
        }
        return name;
    }

    private static String base(RefTarget target, boolean inRootFile) {
        List<String> tokens = target.pointer().tokens();
        if (tokens.isEmpty()) {
            return fileName(target);
        }
        String last = tokens.get(tokens.size() - 1);
        boolean componentLike = tokens.size() == 1
                || (tokens.size() == 2
                        && (tokens.get(0).equals("definitions") || tokens.get(0).equals("$defs")))
                || (tokens.size() == 3 && tokens.get(0).equals("components"));
        if (componentLike && !last.isBlank()) {
            return last;
        }
        String title = target.node().path("title").asText("");
        if (!identifier(title).isEmpty()) {
            return identifier(title);
        }
        List<String> words = new ArrayList<>();
        if (!inRootFile && !tokens.get(0).equals("components")) {
            words.add(fileName(target));
        }
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            boolean index = token.matches("\\d+");
            if (STRUCTURE.contains(token)
                    || token.contains("/")
                    || (index && i > 0 && isComposition(tokens.get(i - 1)))) {
                continue;
            }
            words.add(
                    isComposition(token)
                                    && i + 1 < tokens.size()
                                    && tokens.get(i + 1).matches("\\d+")
                            ? part(token) + (Integer.parseInt(tokens.get(i + 1)) + 1)
                            : wordFor(token));
        }
        String name = identifier(String.join(" ", words));
        return name.isEmpty() ? "Schema" : name;
    }

    private static boolean isComposition(String token) {
        return token.equals("allOf") || token.equals("oneOf") || token.equals("anyOf") || token.equals("prefixItems");
    }

    private static String part(String composition) {
        return composition.equals("allOf") ? "Part" : "Variant";
    }

    private static String wordFor(String token) {
        return switch (token) {
            case "items" -> "Item";
            case "additionalProperties" -> "Value";
            default -> token;
        };
    }

    private static String fileName(RefTarget target) {
        String name = target.file().path().getFileName().toString();
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Joins words into one name of letters and digits, each word capitalised: {@code pet owner} is {@code PetOwner}. */
    private static String identifier(String text) {
        StringBuilder name = new StringBuilder();
        boolean upper = true;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetterOrDigit(c)) {
                upper = true;
                continue;
            }
            name.appendCodePoint(upper ? Character.toUpperCase(c) : c);
            upper = false;
        }
        return name.toString();
    }
}
