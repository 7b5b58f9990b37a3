package dev.kiln.generate;

import dev.kiln.ir.Api;
import dev.kiln.ir.Operation;
import dev.kiln.ir.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Two measures of how an SDK's method names read, counted the same way on every spec:
 *
 * <ul>
 *   <li>a method <em>echoes its path</em> when its name is the HTTP method followed only by words of the path, the
 *       words of the path's first segment among them (versions left out): {@code getFilesIdContent} for
 *       {@code GET /files/{id}/content}, {@code getDeployments} for {@code GET /deployments/secrets};
 *       {@code deleteDiscount} for {@code DELETE /customers/{customer}/discount} does not;
 *   <li>a method <em>repeats its resource</em> when its name holds the words of the resource's accessor, in a row,
 *       singular or plural: {@code files().deleteFile}, {@code embeddings().embeddings},
 *       {@code endpoints().listEndpoints}; {@code fileVersions().listForFile} does not.
 * </ul>
 *
 * <p>Words are split at case changes, before digits and at punctuation; a word matches its singular.
 */
public final class MethodNameQuality {
    private static final Pattern VERSION =
            Pattern.compile("v\\d+(?:\\.\\d+)*(?:(?:alpha|beta|preview)\\d*)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD_BREAK =
            Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[a-z])(?=[0-9])");

    /**
     * The counts for one SDK.
     *
     * @param methods the operations' methods
     * @param echoingPath those that echo their path
     * @param repeatingResource those that repeat their resource
     */
    public record Counts(int methods, List<String> echoingPath, List<String> repeatingResource) {
        public Counts {
            echoingPath = List.copyOf(echoingPath);
            repeatingResource = List.copyOf(repeatingResource);
        }
    }

    private MethodNameQuality() {}

    /**
     * Counts an API's methods that echo their path and that repeat their resource.
     *
     * @param api the linked API
     * @return the counts, with each offending method as {@code resource.method (METHOD /path)}
     */
    public static Counts of(Api api) {
        int methods = 0;
        List<String> echoing = new ArrayList<>();
        List<String> repeating = new ArrayList<>();
        for (Service service : api.services()) {
            for (Operation operation : service.operations()) {
                methods++;
                String row = String.join(".", service.resourcePath()) + "." + operation.methodName() + " ("
                        + operation.httpMethod() + " " + operation.path() + ")";
                if (echoesPath(operation.methodName(), operation.httpMethod(), operation.path())) {
                    echoing.add(row);
                }
                if (repeatsResource(operation.methodName(), service.accessorName())) {
                    repeating.add(row);
                }
            }
        }
        return new Counts(methods, echoing, repeating);
    }

    /**
     * Tells whether a method name echoes its path.
     *
     * @param methodName the Java method's name
     * @param httpMethod the operation's HTTP method
     * @param path the operation's path template
     * @return true when the name is the HTTP method and words of the path, its first segment's among them
     */
    public static boolean echoesPath(String methodName, String httpMethod, String path) {
        List<String> name = words(methodName);
        if (name.size() < 2 || !name.get(0).equals(httpMethod.toLowerCase(Locale.ROOT))) {
            return false;
        }
        List<String> rest = name.subList(1, name.size());
        String template = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        List<String> pathWords = words(template);
        List<String> first = List.of();
        for (String segment : template.split("/")) {
            if (!segment.isEmpty()
                    && !segment.startsWith("{")
                    && !VERSION.matcher(segment).matches()) {
                first = words(segment);
                break;
            }
        }
        return !first.isEmpty() && pathWords.containsAll(rest) && rest.containsAll(first);
    }

    /**
     * Tells whether a method name repeats its resource.
     *
     * @param methodName the Java method's name
     * @param accessorName the accessor of the resource the method is in
     * @return true when the name holds the accessor's words in a row
     */
    public static boolean repeatsResource(String methodName, String accessorName) {
        List<String> name = words(methodName);
        List<String> resource = words(accessorName);
        for (int i = 0; !resource.isEmpty() && i + resource.size() <= name.size(); i++) {
            if (name.subList(i, i + resource.size()).equals(resource)) {
                return true;
            }
        }
        return false;
    }

    /** The words of a name, lower-case and singular. */
    private static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        for (String part : name.split("[^\\p{L}\\p{N}]+")) {
            for (String word : WORD_BREAK.split(part)) {
                if (!word.isEmpty()) {
                    words.add(singular(word.toLowerCase(Locale.ROOT)));
                }
            }
        }
        return words;
    }

    private static String singular(String word) {
        if (word.length() > 3 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 4 && word.matches(".*(sses|xes|ches|shes|uses)")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.length() > 1 && word.endsWith("s") && !word.matches(".*(ss|us|is)")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
