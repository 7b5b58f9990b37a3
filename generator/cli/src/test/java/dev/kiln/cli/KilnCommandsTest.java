package dev.kiln.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The commands' options in-process, where a process per case would only be slower: the version check, the
 * fingerprint file, the regenerate command, and a file fault. {@link KilnCommandLineIT} runs the jar itself.
 */
class KilnCommandsTest {
    @TempDir
    Path folder;

    private String out;
    private String err;

    @BeforeEach
    void specs() throws IOException {
        for (String spec : List.of("notes-v1.yaml", "notes-v2.yaml")) {
            try (InputStream in = KilnCommandsTest.class.getResourceAsStream("/specs/" + spec)) {
                Files.copy(in, folder.resolve(spec));
            }
        }
    }

    private int kiln(String... arguments) {
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        CommandLine commandLine = Kiln.commandLine();
        commandLine.setOut(new PrintWriter(stdout, true));
        commandLine.setErr(new PrintWriter(stderr, true));
        int exitCode = commandLine.execute(arguments);
        out = stdout.toString();
        err = stderr.toString();
        return exitCode;
    }

    private int generate(String spec, String... more) {
        List<String> arguments = new ArrayList<>(List.of(
                "generate",
                "--spec",
                folder.resolve(spec).toString(),
                "--package",
                "com.example.notes",
                "--out",
                folder.resolve("out").toString(),
                "--fingerprint-file",
                folder.resolve("state/notes.fingerprint").toString()));
        arguments.addAll(List.of(more));
        return kiln(arguments.toArray(String[]::new));
    }

    @Test
    void theFingerprintAndTheRecordGoWhereTheOptionSays() {
        assertEquals(0, generate("notes-v1.yaml"), err);

        assertTrue(Files.isRegularFile(folder.resolve("state/notes.fingerprint")));
        assertTrue(Files.isRegularFile(folder.resolve("state/notes.api.json")));
        assertFalse(Files.exists(folder.resolve("out/.kiln")), "the record went where it goes by default");
        assertEquals(0, generate("notes-v1.yaml"), err);
        assertTrue(out.endsWith(" is up to date\n"), out);
    }

    @Test
    void aRecordAndManifestAnOlderKilnWroteAreReadAndReplaced() throws IOException {
        // what Kiln 0.1.0 left after generating notes-v1.yaml: a fingerprint of format 1, a record of format 2, and
        // a manifest that also lists a model it no longer generates
        Files.createDirectories(folder.resolve("state"));
        copy("/older-kiln/com.example.notes.fingerprint", folder.resolve("state/notes.fingerprint"));
        copy("/older-kiln/com.example.notes.api.json", folder.resolve("state/notes.api.json"));
        Path manifest = folder.resolve("out/.kiln-generated-com.example.notes");
        Files.createDirectories(folder.resolve("out/com/example/notes/models"));
        copy("/older-kiln/manifest-com.example.notes", manifest);
        Files.writeString(manifest, Files.readString(manifest) + "com/example/notes/models/Gone.java\n");
        Path gone = Files.writeString(folder.resolve("out/com/example/notes/models/Gone.java"), "class Gone {}\n");

        assertEquals(0, generate("notes-v2.yaml", "--client", "Notes"), err);

        assertTrue(out.contains("  BREAKING   removed field Note.colour\n"), out);
        assertFalse(Files.exists(gone), "a file the older manifest names was left");
        assertFalse(Files.readString(manifest).contains("Gone"));
        assertTrue(Files.readString(folder.resolve("state/notes.fingerprint")).startsWith("kiln-fingerprint-2:"));
        assertTrue(Files.readString(folder.resolve("state/notes.api.json")).contains("\"format\" : 3"));
        assertEquals(0, generate("notes-v2.yaml", "--client", "Notes"), err);
        assertTrue(out.endsWith(" is up to date\n"), out);
    }

    private static void copy(String resource, Path to) throws IOException {
        try (InputStream in = KilnCommandsTest.class.getResourceAsStream(resource)) {
            Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void aVersionThatDoesNotFollowABreakingChangeIsRefusedWith3() throws IOException {
        assertEquals(0, generate("notes-v1.yaml", "--sdk-version", "1.0.0"), err);
        Files.copy(
                folder.resolve("notes-v2.yaml"), folder.resolve("notes-v1.yaml"), StandardCopyOption.REPLACE_EXISTING);

        assertEquals(3, generate("notes-v1.yaml", "--sdk-version", "1.1.0", "--check-version-bump"), err);
        assertTrue(
                err.startsWith("kiln: [KILN-VERSION-BUMP] the API changes since 1.0.0 call for a major version, but"
                        + " 1.0.0 to 1.1.0 is a minor bump; set the version to 2.0.0 or higher."),
                err);
        assertTrue(err.endsWith("Or build once without --check-version-bump to accept the version as it is.\n"), err);

        assertEquals(0, generate("notes-v1.yaml", "--sdk-version", "2.0.0", "--check-version-bump"), err);
        assertTrue(Files.readString(folder.resolve("state/notes.api.json")).contains("\"current\" : \"2.0.0\""));
    }

    @Test
    void theTestKitGoesToTheFolderTheOptionNamesAndNowhereElse() {
        assertEquals(
                0,
                generate(
                        "notes-v1.yaml", "--test-kit-out", folder.resolve("kit").toString()),
                err);

        assertTrue(Files.isRegularFile(folder.resolve("kit/com/example/notes/testing/FakeTransport.java")));
        assertTrue(out.contains("the test kit's "), out);
        assertFalse(Files.exists(folder.resolve("out/com/example/notes/testing")));
    }

    @Test
    void withoutTheOptionNoTestKitIsWritten() {
        assertEquals(0, generate("notes-v1.yaml"), err);

        assertFalse(out.contains("test kit"), out);
        assertFalse(Files.exists(folder.resolve("kit")));
    }

    @Test
    void aRemoteSpecsHeaderComesFromAnEnvironmentVariableNeverTheCommandLine() {
        String url = "http://127.0.0.1:9/specs/api.yaml";

        assertEquals(
                2,
                kiln(
                        "generate",
                        "--spec",
                        url,
                        "--package",
                        "com.example.notes",
                        "--out",
                        "out",
                        "--spec-header",
                        "Authorization=Bearer literal-secret"));
        assertTrue(err.contains("is not <header>=env:<VARIABLE>"), err);
        assertFalse(err.contains("literal-secret"), err);

        assertEquals(
                2,
                kiln(
                        "generate",
                        "--spec",
                        url,
                        "--package",
                        "com.example.notes",
                        "--out",
                        "out",
                        "--spec-header",
                        "Authorization=env:KILN_TEST_VARIABLE_THAT_IS_NOT_SET"));
        assertTrue(
                err.contains(
                        "KILN_TEST_VARIABLE_THAT_IS_NOT_SET that the spec header Authorization comes from is not set"),
                err);
    }

    @Test
    void offlineWithoutACachedRemoteSpecExitsWith5() {
        assertEquals(
                5,
                kiln(
                        "generate",
                        "--spec",
                        "http://127.0.0.1:9/specs/api.yaml",
                        "--package",
                        "com.example.notes",
                        "--out",
                        folder.resolve("out").toString(),
                        "--offline",
                        "--spec-cache",
                        folder.resolve("cache").toString(),
                        "--fingerprint-file",
                        folder.resolve("state/f.fingerprint").toString()));
        assertTrue(
                err.startsWith(
                        "kiln: [KILN-REMOTE-SPEC-OFFLINE] http://127.0.0.1:9/specs/api.yaml is not in the cache"),
                err);
        assertFalse(Files.exists(folder.resolve("out")));
    }

    @Test
    void checkingTheVersionNeedsTheVersion() {
        assertEquals(2, generate("notes-v1.yaml", "--check-version-bump"));
        assertTrue(err.startsWith("--check-version-bump needs --sdk-version"), err);
        assertFalse(Files.exists(folder.resolve("out")));
    }

    @Test
    void theRegenerateCommandRepeatsTheOptionsThatShapeTheSdk() {
        String spec = folder.resolve("notes-v1.yaml").toString();
        Path missing = folder.resolve("missing");

        assertEquals(
                1,
                kiln(
                        "check",
                        "--spec",
                        spec,
                        "--package",
                        "com.example.notes",
                        "--max-dropped-percent",
                        "20",
                        "--out",
                        missing.toString()));

        assertTrue(
                err.endsWith("Regenerate it with: kiln generate --spec " + spec
                        + " --package com.example.notes --max-dropped-percent 20 --out " + missing + "\n"),
                err);
        assertTrue(err.contains("\n  missing: com/example/notes/models/Note.java\n"), err);
    }

    @Test
    void anOutputDirectoryThatCannotBeWrittenExitsWith4() throws IOException {
        Files.writeString(folder.resolve("out"), "a file where the directory goes");

        assertEquals(4, generate("notes-v1.yaml"));
        assertEquals(
                "kiln: a file could not be read or written: java.nio.file.FileAlreadyExistsException: "
                        + folder.resolve("out") + "\n",
                err);
        assertEquals("a file where the directory goes", Files.readString(folder.resolve("out")));
    }
}
