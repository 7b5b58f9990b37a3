package dev.kiln.runtime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlEncodingTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "a/b       | a%2Fb",
                "what?     | what%3F",
                "#1        | %231",
                "100%      | 100%25",
                "`a b`     | a%20b",
                "a+b       | a%2Bb",
                "a&b=c     | a%26b%3Dc",
                "a;b,c:d@e | a%3Bb%2Cc%3Ad%40e",
                "{id}      | %7Bid%7D",
                "café      | caf%C3%A9",
                "日本      | %E6%97%A5%E6%9C%AC",
                "`\"'`     | %22%27"
            })
    void reservedAndNonAsciiCharactersArePercentEncodedInPathsAndQueries(String raw, String encoded) {
        assertEquals(encoded, UrlEncoding.pathSegment(raw));
        assertEquals(encoded, UrlEncoding.queryComponent(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"AZaz09-._~", "ep-1", "v1.2", "a..b", "...", "~user"})
    void unreservedCharactersAreKept(String raw) {
        assertEquals(raw, UrlEncoding.pathSegment(raw));
        assertEquals(raw, UrlEncoding.queryComponent(raw));
    }

    @ParameterizedTest
    @CsvSource({".,%2E", "..,%2E%2E"})
    void dotSegmentsAreEncodedSoTheyCannotClimbThePath(String raw, String encoded) {
        assertEquals(encoded, UrlEncoding.pathSegment(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../admin", "a/b?c#d", "100% sure", "日本/é", "x+y=z&w", ".."})
    void encodedSegmentIsOneSegmentThatDecodesBackToTheValue(String raw) throws URISyntaxException {
        String segment = UrlEncoding.pathSegment(raw);
        URI uri = new URI("https://api.example.com/files/" + segment + "/meta");

        assertEquals(
                List.of("", "files", segment, "meta"), List.of(uri.getRawPath().split("/", -1)));
        assertEquals("/files/" + raw + "/meta", uri.getPath());
        assertEquals(null, uri.getRawQuery());
        assertEquals(null, uri.getRawFragment());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a&b=c", "x#frag", "50% off", "日本", "q?r"})
    void encodedQueryValueStaysInsideTheQuery(String raw) throws URISyntaxException {
        URI uri = new URI("https://api.example.com/search?q=" + UrlEncoding.queryComponent(raw) + "&page=2");

        assertEquals("q=" + raw + "&page=2", uri.getQuery());
        assertEquals(null, uri.getRawFragment());
    }
}
