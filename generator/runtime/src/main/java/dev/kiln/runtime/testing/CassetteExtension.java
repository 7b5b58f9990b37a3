package dev.kiln.runtime.testing;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each test that asks for a {@link Cassette} parameter its own cassette, in
 * {@code <cassette directory>/<test class>/<test method>.json}, and writes it after the test when the test passed
 * and the cassette was recording. The mode comes from the system property {@value Cassette#MODE_PROPERTY}.
 */
public final class CassetteExtension implements ParameterResolver, AfterEachCallback {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Cassette.class);

    /** Creates the extension; JUnit does, for {@code @ExtendWith(CassetteExtension.class)}. */
    public CassetteExtension() {}

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Cassette.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(Cassette.class, key -> open(context), Cassette.class);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Cassette cassette = context.getStore(NAMESPACE).get(Cassette.class, Cassette.class);
        if (cassette != null && context.getExecutionException().isEmpty()) {
            cassette.save();
        }
    }

    /** The file of a test's cassette: the method's name, and a repeated or parameterized test's display name. */
    static Path fileOf(ExtensionContext context) {
        Path directory = Path.of(System.getProperty(Cassette.DIRECTORY_PROPERTY, "src/test/resources/cassettes"));
        String method = context.getRequiredTestMethod().getName();
        String display = context.getDisplayName();
        String name =
                display.startsWith(method + "(") ? method : method + "-" + display.replaceAll("[^A-Za-z0-9_-]+", "_");
        return directory.resolve(context.getRequiredTestClass().getSimpleName()).resolve(name + ".json");
    }

    private static Cassette open(ExtensionContext context) {
        return new Cassette(fileOf(context), Cassette.modeFromSystemProperty());
    }
}
