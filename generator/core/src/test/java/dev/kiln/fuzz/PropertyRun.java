package dev.kiln.fuzz;

import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.function.ThrowingConsumer;
import org.quicktheories.api.AsString;
import org.quicktheories.core.Gen;
import org.quicktheories.core.Reporter;

/**
 * Runs a property with QuickTheories, inside the JUnit 5 test that states it: core's and the Java target's properties
 * (this class reaches the Java target's tests through core's test jar).
 *
 * <p>Each property has a fixed seed; {@code kiln.fuzz.seed} (0 unless given) is mixed into it, so that a long run can
 * try other cases than {@code mvn verify} does. It makes {@code kiln.fuzz.tries} tries, set in each module's POM (1,000 in
 * core, 10 generated specs in the Java target). A falsified property fails with the seed, the smallest failing case
 * QuickTheories' shrinking found (in at most {@code kiln.fuzz.shrinks} attempts, also the module's) and its failure, and
 * the command that reruns it in its module ({@code kiln.fuzz.module}, the module's artifact). A property that
 * holds prints how many cases it checked (QuickTheories skips a try that draws a case it already checked).
 */
public final class PropertyRun {
    private static final int TRIES = Integer.getInteger("kiln.fuzz.tries", 100);
    private static final long SEED_MIX = Long.getLong("kiln.fuzz.seed", 0L);
    private static final int SHRINKS = Integer.getInteger("kiln.fuzz.shrinks", 100);
    /** The build that runs one test of the module whose test this is. */
    private static final String RERUN = "mvn -B -pl :" + System.getProperty("kiln.fuzz.module", "kiln-core")
            + " -am test -Dsurefire.failIfNoSpecifiedTests=false";

    private PropertyRun() {}

    /**
     * Checks a property on the cases a generator draws.
     *
     * @param test the test that states the property, to name it
     * @param seed the property's fixed seed
     * @param cases the generator of its cases, whose draws QuickTheories records and shrinks
     * @param property what must hold of every case: it throws (an assertion fails) when it does not
     */
    public static <T> void check(TestInfo test, long seed, Gen<T> cases, ThrowingConsumer<T> property) {
        String name = test.getTestClass().orElseThrow().getSimpleName() + "#"
                + test.getTestMethod().orElseThrow().getName();
        AtomicInteger checked = new AtomicInteger();
        qt().withFixedSeed(seed ^ SEED_MIX)
                .withExamples(TRIES)
                .withShrinkCycles(SHRINKS)
                .withReporter(new Falsified(name, seed))
                .forAll(cases)
                .checkAssert(value -> {
                    checked.incrementAndGet();
                    holds(property, value);
                });
        System.out.printf(
                "QuickTheories %s: %d tries from seed %d, %d distinct cases checked%n",
                name, TRIES, seed ^ SEED_MIX, checked.get());
    }

    private static <T> void holds(ThrowingConsumer<T> property, T value) {
        try {
            property.accept(value);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new AssertionError("threw " + e, e);
        }
    }

    /** Fails the test with the seed, the smallest failing case, its failure as the cause, and the rerun command. */
    private record Falsified(String name, long seed) implements Reporter {
        @Override
        public void falisification(
                long runSeed,
                int cases,
                Object smallest,
                Throwable cause,
                List<Object> others,
                AsString<Object> shown) {
            throw new AssertionError(report(runSeed, cases, shown.asString(smallest), others, shown, cause), cause);
        }

        @Override
        public void falisification(
                long runSeed, int cases, Object smallest, List<Object> others, AsString<Object> shown) {
            throw new AssertionError(report(runSeed, cases, shown.asString(smallest), others, shown, "false"));
        }

        @Override
        public void valuesExhausted(int cases) {
            throw new IllegalStateException(name + ": the generator gave up after " + cases + " cases");
        }

        /** What QuickTheories found: {@code others} are the failing cases shrinking went through, the first found last. */
        private String report(
                long runSeed, int cases, String smallest, List<Object> others, AsString<Object> shown, Object failure) {
            StringBuilder report = new StringBuilder()
                    .append(String.format(
                            "%s falsified by case %d (of %d tries), seed %d (the property's seed %d, kiln.fuzz.seed=%d"
                                    + " mixed in)%n",
                            name, cases, TRIES, runSeed, seed, SEED_MIX))
                    .append(String.format("Smallest failing case (shrunk in %d steps): %s%n", others.size(), smallest));
            if (!others.isEmpty()) {
                String first = shown.asString(others.get(others.size() - 1));
                report.append(String.format(
                        "First failing case found: %s%n",
                        first.lines().findFirst().orElse("")));
            }
            return report.append(String.format("It failed with: %s%n", failure))
                    .append(String.format(
                            "Rerun it: %s -Dtest='%s' -Dkiln.fuzz.tries=%d -Dkiln.fuzz.seed=%d",
                            RERUN, name, TRIES, SEED_MIX))
                    .toString();
        }
    }
}
