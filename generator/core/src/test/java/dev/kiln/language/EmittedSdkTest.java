package dev.kiln.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** An SDK emitted part by part: the order files arrive in, how far emission runs ahead, and failures. */
class EmittedSdkTest {
    private static final int PARTS = 200;

    /** A part whose files are named after its number, and which counts how many parts were emitted. */
    private static EmittedSdk.Part part(int number, AtomicInteger emitted) {
        return () -> {
            emitted.incrementAndGet();
            // some parts take longer than others, so that they finish out of order on several threads
            StringBuilder text = new StringBuilder();
            IntStream.range(0, (number % 7) * 2_000).forEach(i -> text.append(i % 10));
            return List.of(
                    new GeneratedFile(String.format("z/%03d-b.txt", number), text.toString()),
                    new GeneratedFile(String.format("a/%03d-a.txt", number), "a"));
        };
    }

    private static List<EmittedSdk.Part> parts(AtomicInteger emitted) {
        return IntStream.range(0, PARTS)
                .mapToObj(number -> part(number, emitted))
                .toList();
    }

    @Test
    void filesArriveInThePartsOrderWhateverOrderThePartsFinishIn() throws IOException {
        EmittedSdk sdk = new EmittedSdk(parts(new AtomicInteger()), Map.of());
        List<String> arrived = new ArrayList<>();

        sdk.emitEach(file -> arrived.add(file.relativePath()));

        List<String> expected = new ArrayList<>();
        IntStream.range(0, PARTS).forEach(number -> {
            expected.add(String.format("z/%03d-b.txt", number));
            expected.add(String.format("a/%03d-a.txt", number));
        });
        assertEquals(expected, arrived);
    }

    @Test
    void emissionRunsOnlyAFewPartsAheadOfTheFileHandedOver() throws IOException {
        AtomicInteger emitted = new AtomicInteger();
        EmittedSdk sdk = new EmittedSdk(parts(emitted), Map.of());
        int ahead = Runtime.getRuntime().availableProcessors() * PartPipeline.AHEAD;
        AtomicInteger handedOver = new AtomicInteger();
        List<Integer> mostAhead = new ArrayList<>(List.of(0));

        sdk.emitEach(file -> {
            if (file.relativePath().startsWith("a/")) {
                int partsHandedOver = handedOver.incrementAndGet();
                mostAhead.set(0, Math.max(mostAhead.get(0), emitted.get() - partsHandedOver));
            }
        });

        assertEquals(PARTS, emitted.get());
        assertTrue(mostAhead.get(0) <= ahead, "parts emitted and not handed over: " + mostAhead.get(0));
    }

    @Test
    void filesAreEveryFileSortedByPath() {
        EmittedSdk sdk = new EmittedSdk(parts(new AtomicInteger()), Map.of("Pet", "com.example.Pet"));

        List<String> paths =
                sdk.files().stream().map(GeneratedFile::relativePath).toList();

        assertEquals(2 * PARTS, paths.size());
        assertEquals(paths.stream().sorted().toList(), paths);
        assertEquals(Map.of("Pet", "com.example.Pet"), sdk.schemaTypes());
    }

    @Test
    void aPartThatFailsFailsTheEmissionWithItsOwnException() {
        IllegalStateException failure = new IllegalStateException("a bug in an emitter");
        List<EmittedSdk.Part> parts = new ArrayList<>(parts(new AtomicInteger()));
        parts.set(PARTS / 2, () -> {
            throw failure;
        });
        List<String> arrived = new ArrayList<>();

        IllegalStateException thrown = assertThrows(
                IllegalStateException.class,
                () -> new EmittedSdk(parts, Map.of()).emitEach(file -> arrived.add(file.relativePath())));

        assertSame(failure, thrown);
        assertEquals(PARTS, arrived.size(), "the parts before the failing one were handed over");
    }

    @Test
    void aSinkThatFailsStopsTheEmission() {
        IOException full = new IOException("disk full");
        AtomicInteger taken = new AtomicInteger();

        IOException thrown = assertThrows(
                IOException.class,
                () -> new EmittedSdk(parts(new AtomicInteger()), Map.of()).emitEach(file -> {
                    if (taken.incrementAndGet() == 3) {
                        throw full;
                    }
                }));

        assertSame(full, thrown);
        assertEquals(3, taken.get());
    }
}
