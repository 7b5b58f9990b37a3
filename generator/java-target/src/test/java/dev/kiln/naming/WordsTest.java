package dev.kiln.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "display_name     | display,name",
                "displayName      | display,Name",
                "Display-Name     | Display,Name",
                "HTTPServer       | HTTP,Server",
                "gpu_memory       | gpu,memory",
                "userID           | user,ID",
                "x-request-id     | x,request,id",
                "H100             | H100",
                "io.k8s.api.Pod   | io,k8s,api,Pod",
                "'  spaced  out ' | spaced,out",
            })
    void splitsAtSeparatorsAndCaseChanges(String name, String words) {
        assertEquals(List.of(words.split(",")), Words.split(name));
    }

    @Test
    void splitsNothingOutOfPunctuation() {
        assertEquals(List.of(), Words.split("-_.  /"));
        assertEquals(List.of(), Words.split(""));
    }

    @Test
    void keepsUnicodeLetters() {
        assertEquals(List.of("crème", "brûlée"), Words.split("crème_brûlée"));
        assertEquals(List.of("naïve", "Name"), Words.split("naïveName"));
        assertEquals(List.of("日本語"), Words.split("日本語"));
        assertEquals("CrèmeBrûlée", Words.pascal(Words.split("crème_brûlée")));
        assertEquals("naïveName", Words.camel(Words.split("naïve-name")));
        assertEquals("ÉTÉ_CHAUD", Words.upperSnake(Words.split("été chaud")));
    }

    @Test
    void readsLettersOutsideTheBasicPlaneWhole() {
        // Deseret letters are written as two chars each, and have case: U+10428 is small, U+10400 its capital
        String small = new String(Character.toChars(0x10428));
        String capital = new String(Character.toChars(0x10400));
        assertEquals(List.of("a" + small, capital + "b"), Words.split("a" + small + capital + "b"));
        assertEquals(capital + "x", Words.pascal(List.of(small + "x")));
    }

    @Test
    void joinsIntoPascalCase() {
        assertEquals("DisplayName", Words.pascal(Words.split("display_name")));
        assertEquals("DisplayName", Words.pascal(Words.split("displayName")));
        assertEquals("HttpServer", Words.pascal(Words.split("HTTPServer")));
        assertEquals("GpuMemory", Words.pascal(Words.split("GPU_MEMORY")));
    }

    @Test
    void joinsIntoCamelCase() {
        assertEquals("displayName", Words.camel(Words.split("display_name")));
        assertEquals("displayName", Words.camel(Words.split("DisplayName")));
        assertEquals("httpServer", Words.camel(Words.split("HTTPServer")));
        assertEquals("gpuMemory", Words.camel(Words.split("gpu_memory")));
        assertEquals("", Words.camel(List.of()));
    }

    @Test
    void joinsIntoUpperSnakeCase() {
        assertEquals("DISPLAY_NAME", Words.upperSnake(Words.split("displayName")));
        assertEquals("HTTP_SERVER", Words.upperSnake(Words.split("HTTPServer")));
        assertEquals("GPU_MEMORY", Words.upperSnake(Words.split("gpu_memory")));
        assertEquals("ON_DEMAND", Words.upperSnake(Words.split("on-demand")));
    }

    @Test
    void keepsPluralAcronymsWhole() {
        assertEquals(List.of("user", "IDs"), Words.split("userIDs"));
        assertEquals("imageUrls", Words.camel(Words.split("imageURLs")));
        assertEquals("IDS", Words.upperSnake(Words.split("IDs")));
    }

    @Test
    void startsAWordAtAnUpperCaseLetterAfterADigit() {
        assertEquals(List.of("v1", "Beta"), Words.split("v1Beta"));
        assertEquals("V1Beta", Words.pascal(Words.split("v1Beta")));
    }
}
