package dev.kiln.runtime.testing;

import dev.kiln.runtime.core.TransportRequest;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One operation of the SDK as a {@link FakeTransport} recognises its requests: by HTTP method and path template. The
 * SDK's test kit names one for each of its methods, with the spec's examples as {@link CannedAnswer}s.
 */
public final class FakeOperation {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}/]+}");

    private final String name;
    private final String method;
    private final String pathTemplate;
    private final List<CannedAnswer> examples;
    private final Pattern path;

    private FakeOperation(String name, String method, String pathTemplate, List<CannedAnswer> examples) {
        this.name = Objects.requireNonNull(name, "name");
        this.method = Objects.requireNonNull(method, "method");
        this.pathTemplate = Objects.requireNonNull(pathTemplate, "pathTemplate");
        this.examples = List.copyOf(examples);
        StringBuilder regex = new StringBuilder();
        Matcher placeholders = PLACEHOLDER.matcher(pathTemplate);
        int last = 0;
        while (placeholders.find()) {
            regex.append(Pattern.quote(pathTemplate.substring(last, placeholders.start())))
                    .append("[^/]+");
            last = placeholders.end();
        }
        regex.append(Pattern.quote(pathTemplate.substring(last)));
        this.path = Pattern.compile("(.*)" + regex + "/?");
    }

    /**
     * Names an operation by its HTTP method and path template, relative to the base URL.
     *
     * @param name how a test names it, such as {@code endpoints().get}
     * @param method the HTTP method, such as {@code GET}
     * @param pathTemplate such as {@code /endpoints/{endpointId}}
     * @param examples the spec's examples of its answers
     * @return the operation
     */
    public static FakeOperation of(String name, String method, String pathTemplate, List<CannedAnswer> examples) {
        return new FakeOperation(name, method, pathTemplate, examples);
    }

    /**
     * Names an operation by its HTTP method and path template, with no examples.
     *
     * @param method the HTTP method, such as {@code GET}
     * @param pathTemplate such as {@code /endpoints/{endpointId}}
     * @return the operation
     */
    public static FakeOperation of(String method, String pathTemplate) {
        return new FakeOperation(method + " " + pathTemplate, method, pathTemplate, List.of());
    }

    /**
     * Returns how a test names the operation.
     *
     * @return such as {@code endpoints().get}
     */
    public String name() {
        return name;
    }

    /**
     * Returns the spec's examples of the operation's answers.
     *
     * @return the examples, in spec order
     */
    public List<CannedAnswer> examples() {
        return examples;
    }

    /**
     * Returns the example of that name.
     *
     * @param name the example's name in the spec
     * @return the example, if the spec gives one of that name
     */
    public Optional<CannedAnswer> example(String name) {
        return examples.stream().filter(example -> example.name().equals(name)).findFirst();
    }

    /**
     * Tells whether a request is one of this operation's: the same method, and a path that ends in the template with
     * each placeholder filled by one segment (whatever the base URL's path before it).
     *
     * @param request the request
     * @return true when it matches
     */
    public boolean matches(TransportRequest request) {
        return request.method().equalsIgnoreCase(method)
                && path.matcher(request.uri().getRawPath()).matches();
    }

    @Override
    public String toString() {
        return name + " (" + method + " " + pathTemplate + ")";
    }
}
