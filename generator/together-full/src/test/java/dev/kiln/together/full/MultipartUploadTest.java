package dev.kiln.together.full;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.together.full.core.FileContent;
import dev.kiln.together.full.models.AudioTranscriptionRequest;
import dev.kiln.together.full.models.AudioTranscriptionResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code multipart/form-data} operation of Together's full spec: {@code POST /audio/transcriptions} takes the
 * audio as a union of a binary file and a URL string, and answers with a union of two JSON shapes.
 */
class MultipartUploadTest {

    /** One part of a received multipart body. */
    private record Part(String name, String filename, String contentType, byte[] body) {}

    @Test
    void aFileFromDiskTravelsAsAFilePartBesideTheTextFields(@TempDir Path directory) throws Exception {
        byte[] audio = new byte[4096];
        for (int i = 0; i < audio.length; i++) {
            audio[i] = (byte) (i * 31);
        }
        Path file = Files.write(directory.resolve("hello.wav"), audio);
        try (FixtureServer server =
                FixtureServer.serving("/audio/transcriptions", 200, "application/json", "audio-transcription.json")) {
            Together client = Together.builder()
                    .apiKey("test-key")
                    .baseUrl(server.baseUrl())
                    .build();

            AudioTranscriptionResponse response = client.audio()
                    .transcriptions()
                    .create(AudioTranscriptionRequest.builder()
                            .file(new AudioTranscriptionRequest.File.OfBinary(FileContent.of(file, "audio/wav")))
                            .language("en")
                            .build());

            assertEquals(
                    "Hello, world!",
                    assertInstanceOf(AudioTranscriptionResponse.OfAudioTranscriptionJsonResponse.class, response)
                            .value()
                            .text());
            FixtureServer.Received sent = server.received().get(0);
            String contentType = sent.header("Content-Type");
            assertTrue(contentType.startsWith("multipart/form-data; boundary="), contentType);
            Map<String, Part> parts = parse(sent.body(), contentType.substring(contentType.indexOf('=') + 1));
            Part audioPart = parts.get("file");
            assertEquals("hello.wav", audioPart.filename());
            assertEquals("audio/wav", audioPart.contentType());
            assertArrayEquals(audio, audioPart.body());
            assertEquals("en", new String(parts.get("language").body(), StandardCharsets.UTF_8));
            assertEquals(
                    "openai/whisper-large-v3",
                    new String(parts.get("model").body(), StandardCharsets.UTF_8),
                    "the spec's only model is sent without being set");
        }
    }

    @Test
    void aUrlIsTheOtherVariantAndTravelsAsText() throws Exception {
        try (FixtureServer server =
                FixtureServer.serving("/audio/transcriptions", 200, "application/json", "audio-transcription.json")) {
            Together client = Together.builder()
                    .apiKey("test-key")
                    .baseUrl(server.baseUrl())
                    .build();

            client.audio()
                    .transcriptions()
                    .create(AudioTranscriptionRequest.builder()
                            .file(new AudioTranscriptionRequest.File.OfString("https://example.com/hello.wav"))
                            .build());

            FixtureServer.Received sent = server.received().get(0);
            String contentType = sent.header("Content-Type");
            Part file = parse(sent.body(), contentType.substring(contentType.indexOf('=') + 1))
                    .get("file");
            assertEquals(null, file.filename());
            assertEquals("https://example.com/hello.wav", new String(file.body(), StandardCharsets.UTF_8));
        }
    }

    private static Map<String, Part> parse(byte[] body, String boundary) {
        String text = new String(body, StandardCharsets.ISO_8859_1);
        Map<String, Part> parts = new LinkedHashMap<>();
        List<String> sections = new ArrayList<>(List.of(text.split("--" + Pattern.quote(boundary))));
        Pattern name = Pattern.compile("name=\"([^\"]*)\"");
        Pattern filename = Pattern.compile("filename=\"([^\"]*)\"");
        Pattern type = Pattern.compile("(?i)Content-Type: (.*)");
        for (String section : sections) {
            int split = section.indexOf("\r\n\r\n");
            if (split < 0) {
                continue;
            }
            String headers = section.substring(0, split);
            String content = section.substring(split + 4, section.length() - 2);
            Matcher n = name.matcher(headers);
            Matcher f = filename.matcher(headers);
            Matcher t = type.matcher(headers);
            assertTrue(n.find(), headers);
            parts.put(
                    n.group(1),
                    new Part(
                            n.group(1),
                            f.find() ? f.group(1) : null,
                            t.find() ? t.group(1).trim() : null,
                            content.getBytes(StandardCharsets.ISO_8859_1)));
        }
        return parts;
    }
}
