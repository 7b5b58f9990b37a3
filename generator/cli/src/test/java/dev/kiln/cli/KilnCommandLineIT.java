package dev.kiln.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * {@code kiln} end to end: the packaged jar started as a process ({@code java -jar}) in a project folder of its own,
 * one test per command and per exit code, reading what it prints on standard output and standard error and what it
 * leaves on disk. The tests share nothing but the jar, so they run two at a time: each mostly waits on its processes.
 */
@Execution(ExecutionMode.CONCURRENT)
class KilnCommandLineIT {
    private static final Path JAR = Path.of(System.getProperty("kiln.cli.jar", "target/kiln-cli.jar"));
    private static final String NOTE = "out/com/example/notes/models/Note.java";

    @TempDir
    Path temp;

    private Path project;

    /** What one run of {@code kiln} did. */
    private record Run(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    @BeforeEach
    void project() throws IOException {
        project = Files.createDirectories(temp.resolve("project"));
        for (String spec : List.of("notes-v1.yaml", "notes-v2.yaml", "notes-broken.yaml")) {
            try (InputStream in = KilnCommandLineIT.class.getResourceAsStream("/specs/" + spec)) {
                Files.copy(in, project.resolve(spec));
            }
        }
    }

    private Run kiln(String... arguments) throws IOException, InterruptedException {
        // C1 alone starts a short run sooner; nothing Kiln does depends on it
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-jar",
                JAR.toAbsolutePath().toString()));
        command.addAll(List.of(arguments));
        return run(command);
    }

    private Run run(List<String> command) throws IOException, InterruptedException {
        return run(command, Map.of());
    }

    private Run run(List<String> command, Map<String, String> environment) throws IOException, InterruptedException {
        Path out = Files.createTempFile(temp, "stdout", ".txt");
        Path err = Files.createTempFile(temp, "stderr", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(project.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().remove("KILN_JAVA_OPTS");
        builder.environment().putAll(environment);
        Process process = builder.start();
        // a guard against a hung process, not a measure of speed
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("kiln did not finish: " + command);
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private Run generate(String spec, String... more) throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(List.of(
                "generate", "--spec", spec, "--package", "com.example.notes", "--client", "Notes", "--out", "out"));
        arguments.addAll(List.of(more));
        return kiln(arguments.toArray(String[]::new));
    }

    @Test
    void generateWritesTheSdkAndASecondRunIsUpToDateAndTouchesNoFile() throws Exception {
        Run first = generate("notes-v1.yaml");

        assertEquals(0, first.exitCode(), first::toString);
        assertTrue(Files.isRegularFile(project.resolve(NOTE)), first::toString);
        assertTrue(Files.isRegularFile(project.resolve("out/com/example/notes/Notes.java")));
        assertTrue(Files.isRegularFile(project.resolve("out/.kiln-generated-com.example.notes")));
        assertTrue(Files.isRegularFile(project.resolve("out/.kiln/generate.fingerprint")));
        assertTrue(Files.isRegularFile(project.resolve("out/.kiln/generate.api.json")));
        assertFalse(Files.exists(project.resolve(".kiln")), "a record was left in the working directory");
        assertTrue(
                first.out().matches("Kiln: \\d+ files in out \\(\\d+ written, 0 unchanged, 0 deleted\\)\n"),
                first::toString);
        assertEquals("", first.err(), "nothing to warn about, and no third-party log line");

        age(project);
        Map<String, String> before = snapshot(project);
        Run second = generate("notes-v1.yaml");

        assertEquals(0, second.exitCode(), second::toString);
        assertEquals("Kiln: out is up to date\n", second.out());
        assertEquals("", second.err());
        assertEquals(before, snapshot(project), "an up-to-date run touched a file");
    }

    @Test
    void twoSpecsWithOnePackageIntoTwoFoldersKeepTwoRecordsAndNeitherReportsTheOther() throws Exception {
        List<String> common = List.of("--package", "com.example.notes", "--client", "Notes");
        List<String> first = new ArrayList<>(List.of("generate", "--spec", "notes-v1.yaml", "--out", "one"));
        first.addAll(common);
        List<String> second = new ArrayList<>(List.of("generate", "--spec", "notes-v2.yaml", "--out", "two"));
        second.addAll(common);

        Run one = kiln(first.toArray(String[]::new));
        Run two = kiln(second.toArray(String[]::new));

        assertEquals(0, one.exitCode(), one::toString);
        assertEquals(0, two.exitCode(), two::toString);
        // notes-v2 drops a field of notes-v1, which the second run would have reported had it read the first's record
        assertTrue(
                two.out().matches("Kiln: \\d+ files in two \\(\\d+ written, 0 unchanged, 0 deleted\\)\n"),
                two::toString);
        assertEquals("", two.err());
        for (String out : List.of("one", "two")) {
            assertTrue(Files.isRegularFile(project.resolve(out + "/.kiln/generate.fingerprint")), out);
            assertTrue(Files.isRegularFile(project.resolve(out + "/.kiln/generate.api.json")), out);
        }
        assertFalse(Files.exists(project.resolve(".kiln")), "a record was left in the working directory");
        Run again = kiln(first.toArray(String[]::new));
        assertEquals("Kiln: one is up to date\n", again.out(), again::toString);
    }

    @Test
    void generatesHelpSaysWhereTheRecordIsKept() throws Exception {
        Run help = kiln("generate", "--help");

        assertEquals(0, help.exitCode(), help::toString);
        String text = help.out().replaceAll("\\s+", " ");
        assertTrue(
                text.contains("default: a file in the folder .kiln inside DIR, with the output it describes"),
                help::toString);
        assertTrue(
                text.contains(
                        "recorded with the output, in the folder .kiln inside DIR, so each output has its own record"),
                text);
    }

    @Test
    void theRecordsAnOlderKilnLeftInTheWorkingDirectoryAreNoLongerRead() throws Exception {
        // Kiln 0.1.0 kept them in .kiln/<package>.* of the working directory, shared by every output of one package
        Path older = Files.createDirectories(project.resolve(".kiln"));
        for (String file : List.of("com.example.notes.fingerprint", "com.example.notes.api.json")) {
            try (InputStream in = KilnCommandLineIT.class.getResourceAsStream("/older-kiln/" + file)) {
                Files.copy(in, older.resolve(file));
            }
        }
        Map<String, String> before = snapshot(older);

        Run run = generate("notes-v2.yaml");

        assertEquals(0, run.exitCode(), run::toString);
        assertFalse(run.out().contains("the API changed"), run::toString);
        assertEquals(before, snapshot(older), "Kiln touched the older records");
    }

    @Test
    void aBrokenSpecExitsWith1AndTheLocatedProblemOnStandardError() throws Exception {
        Run broken = generate("notes-broken.yaml");

        assertEquals(1, broken.exitCode(), broken::toString);
        assertEquals(
                "error: [KILN-UNRESOLVED-REF] cannot resolve '#/components/schemas/Nte' at"
                        + " #/paths/~1notes/get/responses/200/content/application~1json/schema/items/$ref (notes-broken.yaml:17);"
                        + " did you mean 'Note'?\nkiln: the spec has 1 error\n",
                broken.err());
        assertEquals("", broken.out());
        assertFalse(Files.exists(project.resolve("out")), "an SDK was written from a broken spec");
    }

    @Test
    void badUsageExitsWith2() throws Exception {
        Run missingPackage = kiln("generate", "--spec", "notes-v1.yaml", "--out", "out");
        assertEquals(2, missingPackage.exitCode(), missingPackage::toString);
        assertTrue(
                missingPackage.err().startsWith("Missing required option: '--package=PACKAGE'"),
                missingPackage::toString);

        Run badPackage = kiln("generate", "--spec", "notes-v1.yaml", "--package", "com.example-notes", "--out", "out");
        assertEquals(2, badPackage.exitCode(), badPackage::toString);
        assertEquals(
                "kiln: [KILN-BAD-SETTING] basePackage 'com.example-notes' is not a valid Java package name\n",
                badPackage.err());
        assertFalse(Files.exists(project.resolve("out")));
    }

    @Test
    void generateRefusesABreakingChangeWithExit3AndWritesNothing() throws Exception {
        assertEquals(0, generate("notes-v1.yaml").exitCode());
        age(project);
        Map<String, String> before = snapshot(project);

        Run refused = generate("notes-v2.yaml", "--fail-on-breaking");

        assertEquals(3, refused.exitCode(), refused::toString);
        assertEquals("""
                Kiln: the API changed since the last generation (1 change, 1 breaking):
                  BREAKING   removed field Note.colour
                Kiln: these changes call for a major version
                """, refused.out());
        assertEquals("""
                kiln: [KILN-BREAKING-CHANGE] 1 change breaks the SDK's users, and failOnBreakingChange is set:
                  removed field Note.colour
                Accept them by building once without --fail-on-breaking.
                """, refused.err());
        assertEquals(before, snapshot(project), "a refused generation wrote");
    }

    @Test
    void diffListsTheChangesAndWithFailOnBreakingExitsWith3() throws Exception {
        String report = """
                Kiln: API changes from notes-v1.yaml to notes-v2.yaml (1 change, 1 breaking):
                  BREAKING   removed field Note.colour
                Kiln: these changes call for a major version
                """;
        Run listed = kiln("diff", "notes-v1.yaml", "notes-v2.yaml");
        assertEquals(0, listed.exitCode(), listed::toString);
        assertEquals(report, listed.out());
        assertEquals("", listed.err());

        Run refused = kiln("diff", "notes-v1.yaml", "notes-v2.yaml", "--fail-on-breaking");
        assertEquals(3, refused.exitCode(), refused::toString);
        assertEquals(report, refused.out());
        assertTrue(
                refused.err().startsWith("kiln: [KILN-BREAKING-CHANGE] 1 change breaks the SDK's users"),
                refused::toString);
    }

    @Test
    void checkPassesOnTheGeneratedDirectoryAndExitsWith1WhenItDiffers() throws Exception {
        assertEquals(0, generate("notes-v1.yaml").exitCode());

        Run current = kiln(
                "check",
                "--spec",
                "notes-v1.yaml",
                "--package",
                "com.example.notes",
                "--client",
                "Notes",
                "--out",
                "out");
        assertEquals(0, current.exitCode(), current::toString);
        assertTrue(current.out().matches("Kiln: out is current \\(\\d+ files\\)\n"), current::toString);

        // the spec changes under its name (the name is in every file's header) and nobody regenerates
        Files.copy(
                project.resolve("notes-v2.yaml"),
                project.resolve("notes-v1.yaml"),
                StandardCopyOption.REPLACE_EXISTING);
        age(project);
        Map<String, String> before = snapshot(project);
        Run stale = kiln(
                "check",
                "--spec",
                "notes-v1.yaml",
                "--package",
                "com.example.notes",
                "--client",
                "Notes",
                "--out",
                "out");
        assertEquals(1, stale.exitCode(), stale::toString);
        assertEquals("""
                kiln: [KILN-STALE-OUTPUT] out is not what Kiln generates from notes-v1.yaml (1 files differ):
                  changed: com/example/notes/models/Note.java
                Regenerate it with: kiln generate --spec notes-v1.yaml --package com.example.notes --client Notes --out out
                """, stale.err());
        assertEquals("", stale.out());
        assertEquals(before, snapshot(project), "check wrote");
    }

    @Test
    void versionPrintsKilnsVersion() throws Exception {
        Run version = kiln("--version");

        assertEquals(0, version.exitCode(), version::toString);
        assertEquals("kiln " + System.getProperty("kiln.version") + "\n", version.out());
    }

    @Test
    void helpListsTheCommandsAndTheExitCodes() throws Exception {
        Run help = kiln("--help");

        assertEquals(0, help.exitCode(), help::toString);
        for (String line : List.of("generate", "check", "diff", "Exit codes:", "0", "1", "2", "3")) {
            assertTrue(help.out().contains(line), () -> "no '" + line + "' in:\n" + help.out());
        }
        assertTrue(
                help.out().lines().anyMatch(line -> line.strip().startsWith("3") && line.contains("refused")),
                help::toString);
    }

    @Test
    void theLauncherScriptRunsTheJarBesideIt() throws Exception {
        Path launcher = Path.of(System.getProperty("kiln.cli.launcher", "target/kiln"));
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "the launcher is a POSIX shell script");

        Run version = run(List.of("/bin/sh", launcher.toAbsolutePath().toString(), "--version"));

        assertEquals(0, version.exitCode(), version::toString);
        assertEquals("kiln " + System.getProperty("kiln.version") + "\n", version.out());
    }

    @Test
    void theLauncherRunsTheJvmWithItsOptionsUnlessKilnJavaOptsReplacesThem() throws Exception {
        Path launcher = Path.of(System.getProperty("kiln.cli.launcher", "target/kiln"));
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "the launcher is a POSIX shell script");
        // a "java" that prints the arguments it was given, one a line
        Path bin = Files.createDirectories(temp.resolve("echo-jdk/bin"));
        Files.writeString(bin.resolve("java"), "#!/bin/sh\nprintf '%s\\n' \"$@\"\n");
        assertTrue(bin.resolve("java").toFile().setExecutable(true));
        List<String> command = List.of("/bin/sh", launcher.toAbsolutePath().toString(), "--version");
        String javaHome = bin.getParent().toString();

        Run defaults = run(command, Map.of("JAVA_HOME", javaHome));
        Run replaced = run(command, Map.of("JAVA_HOME", javaHome, "KILN_JAVA_OPTS", "-Xmx2g -XX:+UseG1GC"));

        List<String> options =
                List.of(System.getProperty("kiln.launcher.jvmOptions").split(" "));
        assertTrue(options.contains("-XX:+UseSerialGC"), options::toString);
        List<String> expected = new ArrayList<>(options);
        expected.addAll(List.of("-jar", JAR.toAbsolutePath().toString(), "--version"));
        assertEquals(expected, defaults.out().lines().toList(), defaults::toString);
        assertEquals(
                List.of("-Xmx2g", "-XX:+UseG1GC", "-jar", JAR.toAbsolutePath().toString(), "--version"),
                replaced.out().lines().toList(),
                replaced::toString);
    }

    /** Sets every file's mtime far in the past, so that a file written again shows. */
    private static void age(Path root) throws IOException {
        FileTime old = FileTime.fromMillis(978_307_200_000L);
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(path, old);
            }
        }
    }

    /** Every file below {@code root} with its mtime and bytes. */
    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
                files.put(
                        root.relativize(path).toString(),
                        Files.getLastModifiedTime(path) + " "
                                + new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }
}
