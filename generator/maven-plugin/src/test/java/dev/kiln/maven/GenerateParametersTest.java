package dev.kiln.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.kiln.generate.GenerationRequest;
import dev.kiln.generate.OutputSettings;
import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every parameter of {@code kiln:generate} reaches the request or the output settings, whose every component the
 * up-to-date check covers ({@code FingerprintCoverageTest}), or is listed here with why it shapes neither the output
 * nor the verdict. A parameter added to the goal fails this test until it is one or the other.
 */
class GenerateParametersTest {
    /** Each parameter changed. */
    private static final Map<String, Consumer<GenerateMojo>> CHANGES = Map.ofEntries(
            Map.entry("inputSpec", mojo -> mojo.inputSpec = "other.yaml"),
            Map.entry("basePackage", mojo -> mojo.basePackage = "com.example.animals"),
            Map.entry("clientName", mojo -> mojo.clientName = "Animals"),
            Map.entry("maxDroppedPercent", mojo -> mojo.maxDroppedPercent = 50),
            Map.entry("includeOperations", mojo -> mojo.includeOperations = List.of("tag:pets")),
            Map.entry("excludeOperations", mojo -> mojo.excludeOperations = List.of("id:deletePet")),
            Map.entry("idempotencyHeader", mojo -> mojo.idempotencyHeader = "Idempotency-Key"),
            Map.entry("pagination", mojo -> mojo.pagination = List.of("id:listPets=none")),
            Map.entry("skip", mojo -> mojo.skip = true),
            Map.entry("fork", mojo -> mojo.fork = "false"),
            Map.entry("forkJvmOptions", mojo -> mojo.forkJvmOptions = "-Xmx512m"),
            Map.entry("project", mojo -> mojo.project.setVersion("2.0.0")),
            Map.entry("outputDirectory", mojo -> mojo.outputDirectory = new File(mojo.outputDirectory, "other")),
            Map.entry("addCompileSourceRoot", mojo -> mojo.addCompileSourceRoot = false),
            Map.entry("fingerprintFile", mojo -> mojo.fingerprintFile = new File("target/kiln/other.fingerprint")),
            Map.entry("failOnBreakingChange", mojo -> mojo.failOnBreakingChange = true),
            Map.entry("checkVersionBump", mojo -> mojo.checkVersionBump = true),
            Map.entry("testKit", mojo -> mojo.testKit = false),
            Map.entry("testKitDirectory", mojo -> mojo.testKitDirectory = new File(mojo.testKitDirectory, "other")),
            Map.entry("addTestCompileSourceRoot", mojo -> mojo.addTestCompileSourceRoot = false),
            Map.entry("specLimits", mojo -> mojo.specLimits = List.of("aliases=10")),
            Map.entry("typeMappings", mojo -> mojo.typeMappings = List.of("date-time=java.time.Instant")),
            Map.entry("schemaMappings", mojo -> mojo.schemaMappings = List.of("Pet=com.acme.Pet")),
            Map.entry("overlays", mojo -> mojo.overlays = List.of(new File("fix.overlay.yaml"))),
            Map.entry("specChecksum", mojo -> mojo.specChecksum = "sha256:" + "0".repeat(64)),
            Map.entry("names", mojo -> mojo.names = List.of("schema:Pet=Animal")),
            Map.entry("specServerId", mojo -> mojo.specServerId = "specs"),
            Map.entry("specCacheDirectory", mojo -> mojo.specCacheDirectory = new File("other-cache")),
            Map.entry("specTimeoutSeconds", mojo -> mojo.specTimeoutSeconds = 5),
            Map.entry("session", mojo -> mojo.session = null),
            Map.entry("pluginKey", mojo -> mojo.pluginKey = "com.example:other-plugin"),
            Map.entry("settings", mojo -> mojo.settings = new Settings()),
            Map.entry("settingsDecrypter", mojo -> mojo.settingsDecrypter = null));

    /** The parameters that reach neither the request nor the output settings, each with why. */
    private static final Map<String, String> NEITHER = Map.ofEntries(
            Map.entry("skip", "a skipped goal generates and checks nothing"),
            Map.entry("fork", "it says which JVM generates, and the same files are generated in either"),
            Map.entry("forkJvmOptions", "the options of the JVM that generates, which generates the same files"),
            Map.entry(
                    "pluginKey",
                    "it finds the build's generations, which say which JVM generates, and the same files are generated"
                            + " in either"),
            Map.entry(
                    "addCompileSourceRoot",
                    "it hands the output to the compiler after generating, and changes no file"),
            Map.entry(
                    "addTestCompileSourceRoot",
                    "it hands the test kit to the test compiler after generating, and changes no file"),
            // the next six only say how a remote spec is fetched; its bytes, which the fingerprint covers, are what
            // count
            Map.entry("specServerId", "the credentials a remote spec is fetched with"),
            Map.entry("specCacheDirectory", "where a remote spec's files are kept"),
            Map.entry("specTimeoutSeconds", "how long fetching a remote spec may wait"),
            Map.entry(
                    "session",
                    "whether the build is offline, so a remote spec is read from the cache, and how many times it"
                            + " generates, which says which JVM generates"),
            Map.entry("settings", "the settings.xml the credentials are taken from"),
            Map.entry("settingsDecrypter", "what decrypts those credentials"));

    @TempDir
    Path basedir;

    private GenerateMojo mojo() throws Exception {
        Files.writeString(basedir.resolve("pets.yaml"), "openapi: 3.0.3\n");
        Files.writeString(basedir.resolve("other.yaml"), "openapi: 3.0.3\n");
        MavenProject project = new MavenProject();
        project.setFile(basedir.resolve("pom.xml").toFile());
        project.setVersion("1.0.0");
        project.getBuild().setOutputDirectory(basedir.resolve("target/classes").toString());
        GenerateMojo mojo = new GenerateMojo();
        mojo.project = project;
        mojo.inputSpec = "pets.yaml";
        mojo.basePackage = "com.example.pets";
        mojo.outputDirectory = basedir.resolve("target/generated-sources/kiln").toFile();
        mojo.fingerprintFile =
                basedir.resolve("target/kiln/default.fingerprint").toFile();
        mojo.addCompileSourceRoot = true;
        mojo.testKit = true;
        mojo.testKitDirectory =
                basedir.resolve("target/generated-test-sources/kiln").toFile();
        mojo.addTestCompileSourceRoot = true;
        return mojo;
    }

    @Test
    void everyParameterReachesTheRequestOrTheOutputSettingsUnlessItShapesNeither() throws Exception {
        GenerateMojo before = mojo();
        GenerationRequest request = before.settings(before.testKit).request();
        OutputSettings output = before.output(before.testKit);

        for (Field parameter : parameters()) {
            Consumer<GenerateMojo> change = CHANGES.get(parameter.getName());
            assertNotNull(
                    change,
                    "kiln:generate has a new parameter '" + parameter.getName() + "': decide whether it changes the"
                            + " output or the verdict (then it must reach the request or the output settings), and"
                            + " change it here");
            GenerateMojo after = mojo();
            change.accept(after);
            boolean reaches = !after.settings(after.testKit).request().equals(request)
                    || !after.output(after.testKit).equals(output);
            assertEquals(!NEITHER.containsKey(parameter.getName()), reaches, parameter.getName());
        }
    }

    /** The goal's fields, its own and those of the class it shares with {@code check}. */
    private static List<Field> parameters() {
        List<Field> fields = new ArrayList<>();
        Stream.of(KilnParameters.class, GenerateMojo.class)
                .flatMap(type -> Stream.of(type.getDeclaredFields()))
                .filter(field -> !Modifier.isStatic(field.getModifiers()) && !field.isSynthetic())
                .forEach(fields::add);
        return fields;
    }
}
