package dev.kiln.runtime.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestContentTest {
    private static final Pattern NAME = Pattern.compile("; name=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("; filename=\"([^\"]*)\"");
    private static final Pattern BOUNDARY =
            Pattern.compile("multipart/form-data; boundary=(kiln-boundary-[0-9a-f]{32})");

    @TempDir
    Path directory;

    private static String text(RequestContent content) {
        return new String(content.toByteArray(), StandardCharsets.UTF_8);
    }

    private static String form(String json) {
        return text(RequestContent.form(Json.parse(json)));
    }

    // JSON.

    @Test
    void jsonIsTheCompactUtf8TextOfTheValue() throws Exception {
        RequestContent content = RequestContent.json(Json.parse("{ \"name\" : \"café\", \"n\" : [1, 2.50] }"));

        assertEquals("application/json", content.contentType());
        byte[] expected = "{\"name\":\"café\",\"n\":[1,2.50]}".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(expected, content.toByteArray());
        HttpRequest.BodyPublisher publisher = content.publisher();
        assertEquals(content.toByteArray().length, publisher.contentLength());
        assertArrayEquals(content.toByteArray(), PublishedBody.bytesOf(publisher));
    }

    // Forms.

    @Test
    void formSendsScalarsAsTextInTheObjectsOrder() {
        RequestContent content = RequestContent.form(
                Json.parse("{\"model\":\"m-1\",\"n\":10,\"temperature\":1.5,\"stream\":false,\"big\":1e3}"));

        assertEquals("application/x-www-form-urlencoded", content.contentType());
        assertEquals("model=m-1&n=10&temperature=1.5&stream=false&big=1000", text(content));
    }

    @Test
    void formKeepsTheScaleOfDecimals() {
        assertEquals("amount=1.50&negative=-0.001", form("{\"amount\":1.50,\"negative\":-1e-3}"));
    }

    @Test
    void formLeavesOutNulls() {
        assertEquals("a=1&c=3", form("{\"a\":1,\"b\":null,\"c\":3}"));
        assertEquals("", form("{\"only\":null}"));
        assertEquals("", form("{}"));
    }

    @Test
    void formRepeatsTheNameForEachArrayElement() {
        assertEquals("tag=a&tag=b&n=1", form("{\"tag\":[\"a\",null,\"b\"],\"n\":1}"));
        assertEquals("n=1", form("{\"tag\":[],\"n\":1}"));
    }

    @Test
    void formNamesObjectMembersInEncodedBrackets() {
        assertEquals(
                "metadata%5Border_id%5D=6735&metadata%5Bnote%5D=x",
                form("{\"metadata\":{\"order_id\":\"6735\",\"note\":\"x\",\"gone\":null}}"));
        assertEquals("meta%5Ba%5D%5Bb%5D=v", form("{\"meta\":{\"a\":{\"b\":\"v\"}}}"));
        assertEquals("x=1", form("{\"meta\":{},\"x\":1}"));
    }

    @Test
    void formRepeatsArraysInsideObjectsUnderTheBracketedName() {
        assertEquals("meta%5Blist%5D=x&meta%5Blist%5D=y", form("{\"meta\":{\"list\":[\"x\",\"y\"]}}"));
    }

    @Test
    void formIndexesElementsThatAreObjectsOrArrays() {
        assertEquals(
                "items%5B0%5D%5Bprice%5D=p_1&items%5B0%5D%5Bquantity%5D=2&items%5B1%5D%5Bprice%5D=p_2",
                form("{\"items\":[{\"price\":\"p_1\",\"quantity\":2},{\"price\":\"p_2\"}]}"));
        assertEquals("grid%5B0%5D=1&grid%5B0%5D=2&grid%5B1%5D=3", form("{\"grid\":[[1,2],[3]]}"));
    }

    @Test
    void formPercentEncodesNamesAndValues() {
        assertEquals(
                "q=a%20b%26c%3Dd%2Be&na%20me=caf%C3%A9&path=%2Fx%3Fy",
                form("{\"q\":\"a b&c=d+e\",\"na me\":\"café\",\"path\":\"/x?y\"}"));
    }

    @Test
    void formNeedsAnObject() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> RequestContent.form(Json.parse("[1,2]")));

        assertEquals("the fields of a form body must be a JSON object but were an array", e.getMessage());
    }

    @Test
    void formPublisherSendsTheSameBytesEveryTime() throws Exception {
        RequestContent content = RequestContent.form(Json.parse("{\"a\":\"b c\"}"));

        assertArrayEquals("a=b%20c".getBytes(StandardCharsets.UTF_8), PublishedBody.bytesOf(content.publisher()));
        assertArrayEquals("a=b%20c".getBytes(StandardCharsets.UTF_8), PublishedBody.bytesOf(content.publisher()));
    }

    // Multipart.

    /** One part of a parsed multipart body. */
    private record Part(Map<String, String> headers, byte[] body) {
        String disposition() {
            return headers.get("Content-Disposition");
        }

        String name() {
            Matcher matcher = NAME.matcher(disposition());
            assertTrue(matcher.find(), disposition());
            return matcher.group(1);
        }

        String filename() {
            Matcher matcher = FILENAME.matcher(disposition());
            return matcher.find() ? matcher.group(1) : null;
        }

        String contentType() {
            return headers.get("Content-Type");
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** Parses a multipart body strictly: CRLF line ends, one delimiter per part, the close delimiter last. */
    private static List<Part> parse(String contentType, byte[] body) {
        Matcher type = BOUNDARY.matcher(contentType);
        assertTrue(type.matches(), contentType);
        String boundary = type.group(1);
        String raw = new String(body, StandardCharsets.ISO_8859_1);
        String close = "--" + boundary + "--\r\n";
        assertTrue(raw.endsWith(close), raw);
        String inner = raw.substring(0, raw.length() - close.length());
        List<Part> parts = new ArrayList<>();
        if (inner.isEmpty()) {
            return parts;
        }
        String delimiter = "--" + boundary + "\r\n";
        assertTrue(inner.startsWith(delimiter) && inner.endsWith("\r\n"), raw);
        inner = inner.substring(delimiter.length(), inner.length() - 2);
        for (String part : inner.split(Pattern.quote("\r\n" + delimiter), -1)) {
            int headersEnd = part.indexOf("\r\n\r\n");
            assertTrue(headersEnd > 0, part);
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line : part.substring(0, headersEnd).split("\r\n", -1)) {
                int colon = line.indexOf(": ");
                assertTrue(colon > 0, line);
                String value = new String(
                        line.substring(colon + 2).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
                headers.put(line.substring(0, colon), value);
            }
            parts.add(new Part(headers, part.substring(headersEnd + 4).getBytes(StandardCharsets.ISO_8859_1)));
        }
        return parts;
    }

    private static List<Part> parse(RequestContent content) {
        return parse(content.contentType(), content.toByteArray());
    }

    @Test
    void multipartSendsScalarFieldsAsTextPartsInOrder() {
        List<Part> parts = parse(RequestContent.multipart(
                Json.parse("{\"purpose\":\"fine-tune\",\"n\":3,\"ratio\":0.50,\"check\":true,\"skip\":null,"
                        + "\"note\":\"café ✓\"}"),
                Map.of()));

        assertEquals(5, parts.size());
        assertEquals(
                List.of("purpose", "n", "ratio", "check", "note"),
                parts.stream().map(Part::name).toList());
        assertEquals(
                List.of("fine-tune", "3", "0.50", "true", "café ✓"),
                parts.stream().map(Part::text).toList());
        for (Part part : parts) {
            assertEquals(Map.of("Content-Disposition", "form-data; name=\"" + part.name() + "\""), part.headers());
            assertNull(part.filename());
        }
    }

    @Test
    void multipartSendsOnePartPerArrayElement() {
        List<Part> parts = parse(RequestContent.multipart(
                Json.parse("{\"tag\":[\"a\",null,\"b\",{\"k\":1},[2,3]],\"after\":\"x\"}"), Map.of()));

        assertEquals(
                List.of("tag", "tag", "tag", "tag", "after"),
                parts.stream().map(Part::name).toList());
        assertEquals(
                List.of("a", "b", "{\"k\":1}", "[2,3]", "x"),
                parts.stream().map(Part::text).toList());
        assertNull(parts.get(0).contentType());
        assertNull(parts.get(1).contentType());
        assertEquals("application/json", parts.get(2).contentType());
        assertEquals("application/json", parts.get(3).contentType());
    }

    @Test
    void multipartSendsObjectsAsJsonParts() {
        List<Part> parts = parse(RequestContent.multipart(
                Json.parse("{\"config\":{\"epochs\":3,\"lr\":1.0E-5,\"tags\":[\"x\"]}}"), Map.of()));

        assertEquals(1, parts.size());
        assertEquals("config", parts.get(0).name());
        assertEquals("application/json", parts.get(0).contentType());
        assertEquals(
                Json.parse("{\"epochs\":3,\"lr\":1.0E-5,\"tags\":[\"x\"]}"),
                Json.parse(parts.get(0).body()));
    }

    @Test
    void multipartSendsFilesAfterTheFieldsInMapOrder() {
        byte[] everyByte = new byte[256];
        for (int i = 0; i < everyByte.length; i++) {
            everyByte[i] = (byte) i;
        }
        Map<String, List<FileContent>> files = new LinkedHashMap<>();
        files.put("image", List.of(FileContent.of(everyByte, "all.bin")));
        files.put(
                "file",
                List.of(
                        FileContent.of("a,b\r\n1,2\r\n".getBytes(StandardCharsets.UTF_8), "a.csv", "text/csv"),
                        FileContent.of("{}".getBytes(StandardCharsets.UTF_8), "b.json", "application/json")));

        List<Part> parts = parse(RequestContent.multipart(Json.parse("{\"purpose\":\"batch\"}"), files));

        assertEquals(
                List.of("purpose", "image", "file", "file"),
                parts.stream().map(Part::name).toList());
        Part image = parts.get(1);
        assertEquals("all.bin", image.filename());
        assertEquals("application/octet-stream", image.contentType());
        assertArrayEquals(everyByte, image.body());
        assertEquals(
                "form-data; name=\"file\"; filename=\"a.csv\"", parts.get(2).disposition());
        assertEquals("text/csv", parts.get(2).contentType());
        assertEquals("a,b\r\n1,2\r\n", parts.get(2).text());
        assertEquals("b.json", parts.get(3).filename());
        assertEquals("application/json", parts.get(3).contentType());
        assertEquals("{}", parts.get(3).text());
    }

    @Test
    void aFileBodyIsItsBytesOfItsType(@TempDir Path directory) throws Exception {
        Path path = Files.write(directory.resolve("clip.wav"), new byte[] {'R', 'I', 'F', 'F', 0, (byte) 0xFF});

        RequestContent content = RequestContent.file(FileContent.of(path, "audio/wav"));

        assertEquals("audio/wav", content.contentType());
        assertArrayEquals(new byte[] {'R', 'I', 'F', 'F', 0, (byte) 0xFF}, content.toByteArray());
        assertEquals(6, content.publisher().contentLength());
    }

    @Test
    void multipartSendsFilesWrittenIntoTheJsonInPlace() {
        ObjectNode fields = Json.nodes().objectNode();
        fields.put("purpose", "fine-tune");
        fields.set(
                "file",
                Codecs.FILE_CONTENT.encode(FileContent.of(new byte[] {0, 1, 2}, "data.bin", "application/x-raw")));
        fields.set(
                "extras",
                Codecs.listOf(Codecs.FILE_CONTENT)
                        .encode(List.of(FileContent.of("x".getBytes(StandardCharsets.UTF_8), "x.txt", "text/plain"))));
        fields.put("model", "m");

        List<Part> parts = parse(RequestContent.multipart(fields));

        assertEquals(
                List.of("purpose", "file", "extras", "model"),
                parts.stream().map(Part::name).toList());
        assertEquals("data.bin", parts.get(1).filename());
        assertEquals("application/x-raw", parts.get(1).contentType());
        assertArrayEquals(new byte[] {0, 1, 2}, parts.get(1).body());
        assertEquals("x.txt", parts.get(2).filename());
        assertEquals("m", parts.get(3).text());
    }

    @Test
    void formSendsAFileWrittenIntoTheJsonAsItsText() {
        ObjectNode fields = Json.nodes().objectNode();
        fields.set("note", Codecs.FILE_CONTENT.encode(FileContent.of("a b".getBytes(StandardCharsets.UTF_8), "n.txt")));

        assertEquals("note=a%20b", new String(RequestContent.form(fields).toByteArray(), StandardCharsets.UTF_8));
    }

    @Test
    void multipartFilesReplaceTheFieldOfTheSameName() {
        Map<String, List<FileContent>> files =
                Map.of("file", List.of(FileContent.of(new byte[] {7}, "seven.bin")), "none", List.of());

        List<Part> parts = parse(RequestContent.multipart(
                Json.parse("{\"file\":\"training.jsonl\",\"purpose\":\"fine-tune\",\"none\":\"x\"}"), files));

        assertEquals(List.of("purpose", "file"), parts.stream().map(Part::name).toList());
        assertArrayEquals(new byte[] {7}, parts.get(1).body());
    }

    @Test
    void multipartEscapesQuotesAndLineBreaksInNames() {
        Map<String, List<FileContent>> files =
                Map.of("up\"load", List.of(FileContent.of(new byte[] {1}, "evil\".bin\r\nX-Injected: 1")));

        RequestContent content = RequestContent.multipart(Json.parse("{\"a\\\"b\\r\\nc\":\"v\"}"), files);
        List<Part> parts = parse(content);

        assertEquals("form-data; name=\"a%22b%0D%0Ac\"", parts.get(0).disposition());
        assertEquals(
                "form-data; name=\"up%22load\"; filename=\"evil%22.bin%0D%0AX-Injected: 1\"",
                parts.get(1).disposition());
        assertEquals(2, parts.get(1).headers().size());
    }

    @Test
    void multipartSendsUtf8FileNamesAsTheyAre() {
        Map<String, List<FileContent>> files = Map.of("file", List.of(FileContent.of(new byte[] {1}, "résumé.pdf")));

        assertEquals(
                "résumé.pdf",
                parse(RequestContent.multipart(Json.parse("{}"), files)).get(0).filename());
    }

    @Test
    void multipartWithNothingIsTheCloseDelimiterOnly() {
        RequestContent content = RequestContent.multipart(Json.parse("{\"a\":null}"), Map.of());
        Matcher type = BOUNDARY.matcher(content.contentType());
        assertTrue(type.matches(), content.contentType());

        assertEquals("--" + type.group(1) + "--\r\n", text(content));
    }

    @Test
    void multipartLaysOutPartsWithCrlfLineEnds() {
        FileContent file = FileContent.of(new byte[] {'x'}, "f.txt", "text/plain");
        RequestContent content = RequestContent.multipart(Json.parse("{\"a\":\"1\"}"), Map.of("f", List.of(file)));
        Matcher type = BOUNDARY.matcher(content.contentType());
        assertTrue(type.matches(), content.contentType());
        String boundary = type.group(1);

        assertEquals(
                "--" + boundary + "\r\n"
                        + "Content-Disposition: form-data; name=\"a\"\r\n"
                        + "\r\n"
                        + "1\r\n"
                        + "--" + boundary + "\r\n"
                        + "Content-Disposition: form-data; name=\"f\"; filename=\"f.txt\"\r\n"
                        + "Content-Type: text/plain\r\n"
                        + "\r\n"
                        + "x\r\n"
                        + "--" + boundary + "--\r\n",
                text(content));
    }

    @Test
    void multipartBoundaryIsRandomEachTime() {
        String first = RequestContent.multipart(Json.parse("{}"), Map.of()).contentType();
        String second = RequestContent.multipart(Json.parse("{}"), Map.of()).contentType();

        assertTrue(BOUNDARY.matcher(first).matches(), first);
        assertNotEquals(first, second);
    }

    @Test
    void multipartBoundaryIsChosenAgainWhileItOccursInTheContent() {
        Iterator<String> boundaries = List.of(
                        "kiln-boundary-" + "1".repeat(32),
                        "kiln-boundary-" + "2".repeat(32),
                        "kiln-boundary-" + "3".repeat(32))
                .iterator();
        byte[] fileBytes = ("...kiln-boundary-" + "2".repeat(32) + "...").getBytes(StandardCharsets.US_ASCII);

        RequestContent content = RequestContent.multipart(
                Json.parse("{\"text\":\"contains kiln-boundary-" + "1".repeat(32) + " inside\"}"),
                Map.of("file", List.of(FileContent.of(fileBytes, "f.bin"))),
                boundaries::next);

        assertEquals("multipart/form-data; boundary=kiln-boundary-" + "3".repeat(32), content.contentType());
        List<Part> parts = parse(content);
        assertEquals(
                "contains kiln-boundary-" + "1".repeat(32) + " inside",
                parts.get(0).text());
        assertArrayEquals(fileBytes, parts.get(1).body());
    }

    @Test
    void multipartNeedsAnObject() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> RequestContent.multipart(Json.parse("\"x\""), Map.of()));

        assertEquals("the fields of a multipart body must be a JSON object but were string \"x\"", e.getMessage());
    }

    @Test
    void multipartStreamsAFileGivenAsAPathWhenPublished() throws Exception {
        Path path = Files.writeString(directory.resolve("train.jsonl"), "{\"prompt\":\"a\"}\n");
        RequestContent content = RequestContent.multipart(
                Json.parse("{\"purpose\":\"fine-tune\"}"), Map.of("file", List.of(FileContent.of(path))));

        // The file is read when the content is published, not when it is built.
        Files.writeString(path, "{\"prompt\":\"b\"}\n");
        HttpRequest.BodyPublisher publisher = content.publisher();
        byte[] sent = PublishedBody.bytesOf(publisher);

        assertEquals(sent.length, publisher.contentLength());
        List<Part> parts = parse(content.contentType(), sent);
        assertEquals("train.jsonl", parts.get(1).filename());
        assertEquals("application/octet-stream", parts.get(1).contentType());
        assertEquals("{\"prompt\":\"b\"}\n", parts.get(1).text());
        assertArrayEquals(content.toByteArray(), sent);
    }

    @Test
    void multipartRetrySendsTheSameBytesAgain() throws Exception {
        Path path = Files.write(directory.resolve("data.csv"), new byte[] {'1', ',', '2', '\n'});
        RequestContent content = RequestContent.multipart(
                Json.parse("{\"n\":1}"), Map.of("file", List.of(FileContent.of(path), FileContent.of(path))));

        byte[] first = PublishedBody.bytesOf(content.publisher());
        byte[] retry = PublishedBody.bytesOf(content.publisher());

        assertArrayEquals(first, retry);
        List<Part> parts = parse(content.contentType(), retry);
        assertEquals(3, parts.size());
        assertEquals("text/csv", parts.get(2).contentType());
        assertEquals("1,2\n", parts.get(2).text());
    }

    @Test
    void multipartWithAMissingFileFailsWhenPublished() {
        RequestContent content = RequestContent.multipart(
                Json.parse("{}"), Map.of("file", List.of(FileContent.of(directory.resolve("gone.csv")))));

        assertThrows(UncheckedIOException.class, content::publisher);
        assertThrows(UncheckedIOException.class, content::toByteArray);
    }
}
