package dev.kiln.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WarmUpTest {
    @Test
    void theLeastRoundsAreTakenHoweverQuietTheCompiler() {
        WarmUp warmUp = new WarmUp(3, 10);
        warmUp.record(1000, 0);
        warmUp.record(1000, 0);
        assertTrue(warmUp.needsAnother());
        warmUp.record(1000, 0);
        assertFalse(warmUp.needsAnother());
        assertEquals(3, warmUp.rounds());
        assertTrue(warmUp.settled());
    }

    @Test
    void theWarmUpEndsAfterTwoSettledRoundsInARow() {
        WarmUp warmUp = new WarmUp(1, 10);
        warmUp.record(1000, 900);
        warmUp.record(1000, 50);
        assertTrue(warmUp.needsAnother(), "one quiet round after a busy one is not yet warm");
        warmUp.record(1000, 200);
        warmUp.record(1000, 50);
        assertTrue(warmUp.needsAnother());
        warmUp.record(1000, 30);
        assertFalse(warmUp.needsAnother());
        assertEquals(5, warmUp.rounds());
        assertTrue(warmUp.settled());
    }

    @Test
    void aRoundWhoseCompilerTookMoreThanItsShareIsNotSettled() {
        WarmUp warmUp = new WarmUp(0, 10);
        warmUp.record(1000, 51);
        warmUp.record(1000, 51);
        assertTrue(warmUp.needsAnother());
        assertFalse(warmUp.settled());
    }

    @Test
    void theMostRoundsEndTheWarmUpUnsettled() {
        WarmUp warmUp = new WarmUp(2, 4);
        for (int round = 0; round < 4; round++) {
            assertTrue(warmUp.needsAnother());
            warmUp.record(1000, 500);
        }
        assertFalse(warmUp.needsAnother());
        assertFalse(warmUp.settled());
    }

    @Test
    void mostRoundsBelowTheLeastMeanAFixedWarmUp() {
        WarmUp warmUp = new WarmUp(2, 0);
        warmUp.record(1000, 500);
        warmUp.record(1000, 500);
        assertFalse(warmUp.needsAnother());
    }
}
