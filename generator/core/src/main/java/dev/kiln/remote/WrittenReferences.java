package dev.kiln.remote;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The references a fetched spec file makes to other files, as written: the value of each {@code $ref}, and each
 * value of a discriminator's {@code mapping}, which may name a schema by reference in a file nothing else points at.
 * Read token by token as YAML (JSON is read the same way), so a {@code $ref} quoted inside a description is not one.
 */
public final class WrittenReferences {
    private static final YAMLFactory YAML =
            YAMLFactory.builder().loaderOptions(unlimited()).build();

    private WrittenReferences() {}

    /**
     * Finds the references in a file.
     *
     * @param bytes the file as fetched
     * @return each reference as written, in the file's order; none when the file cannot be read, which the bundler
     *     reports where the file is referenced
     */
    static List<String> in(byte[] bytes) {
        List<String> found = new ArrayList<>();
        // the name under which each open map or list was written, innermost first
        Deque<String> opened = new ArrayDeque<>();
        String name = "";
        try (JsonParser parser = YAML.createParser(bytes)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                switch (token) {
                    case FIELD_NAME -> name = parser.currentName();
                    case START_OBJECT, START_ARRAY -> {
                        opened.push(name);
                        name = "";
                    }
                    case END_OBJECT, END_ARRAY -> {
                        opened.pop();
                        name = "";
                    }
                    case VALUE_STRING -> {
                        if (name.equals("$ref") || isMappingValue(opened) && isReference(parser.getText())) {
                            found.add(parser.getText());
                        }
                        name = "";
                    }
                    default -> name = "";
                }
            }
        } catch (IOException e) {
            return found;
        }
        return found;
    }

    /**
     * Tells whether a discriminator's mapping value is a reference to a schema rather than a schema's name: it holds a
     * {@code #} or a {@code /}, or names a YAML or JSON file.
     *
     * @param value the mapping value
     * @return true for {@code Cat.yaml}, {@code #/components/schemas/Cat}; false for {@code Cat}
     */
    public static boolean isReference(String value) {
        return value.contains("#") || value.contains("/") || value.matches("(?i).*\\.(ya?ml|json)");
    }

    /** Inside {@code discriminator: {mapping: {...}}}. */
    private static boolean isMappingValue(Deque<String> opened) {
        var names = opened.iterator();
        return names.hasNext()
                && names.next().equals("mapping")
                && names.hasNext()
                && names.next().equals("discriminator");
    }

    /** A fetched file is read whole already; its size is the bundler's to limit, with the read limits. */
    private static LoaderOptions unlimited() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE);
        return options;
    }
}
