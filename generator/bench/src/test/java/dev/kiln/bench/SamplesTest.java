package dev.kiln.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SamplesTest {
    @Test
    void theMedianOfAnOddCountIsTheMiddleValueWhateverTheOrder() {
        Samples samples = new Samples();
        for (double value : new double[] {9, 1, 5, 100, 3}) {
            samples.add(value);
        }
        assertEquals(5, samples.median());
        assertEquals(1, samples.min());
        assertEquals(100, samples.max());
        assertEquals(5, samples.count());
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
        Samples samples = new Samples();
        for (double value : new double[] {4, 1, 10, 2}) {
            samples.add(value);
        }
        assertEquals(3, samples.median());
    }

    @Test
    void noSamplesHaveNoMedian() {
        assertThrows(IllegalStateException.class, () -> new Samples().median());
    }
}
