package dev.kiln.bench;

/**
 * Decides when a JVM running the same generations round after round is warm: when the JIT compiler has stopped
 * working on their code. A generation runs each of its methods a few times only, so the JIT compiler is still
 * compiling after a few rounds (on GitHub's spec, Kiln's rounds still spent as much CPU in the compiler as in the
 * generation itself after ten); a round timed then measures the compiler as much as the generation.
 *
 * <p>A round is settled when the compiler's time in it was at most {@link #SETTLED_SHARE} of the round's time. The
 * warm-up takes at least its least rounds and ends once its last {@link #SETTLED_ROUNDS} rounds were settled (the
 * compiler works in bursts: one quiet round is often followed by a busy one), or after its most rounds however busy the
 * compiler still is.
 */
final class WarmUp {
    /** The share of a round's time the JIT compiler may spend compiling in a settled round. */
    static final double SETTLED_SHARE = 0.05;

    /** How many settled rounds in a row end the warm-up. */
    static final int SETTLED_ROUNDS = 2;

    private final int least;
    private final int most;
    private int rounds;
    private int settledInARow;

    /**
     * @param least the rounds always taken
     * @param most the rounds taken at most; at most {@code least} for a fixed number of rounds
     */
    WarmUp(int least, int most) {
        this.least = least;
        this.most = Math.max(least, most);
    }

    /** {@return whether another untimed round is needed} */
    boolean needsAnother() {
        return rounds < least || (!settled() && rounds < most);
    }

    /**
     * Records an untimed round.
     *
     * @param millis the round's time
     * @param compileMillis the JIT compiler's time in the round (summed over its threads)
     */
    void record(double millis, double compileMillis) {
        rounds++;
        settledInARow = compileMillis <= SETTLED_SHARE * millis ? settledInARow + 1 : 0;
    }

    /** {@return the untimed rounds taken} */
    int rounds() {
        return rounds;
    }

    /** {@return whether the last {@link #SETTLED_ROUNDS} rounds taken were settled} */
    boolean settled() {
        return settledInARow >= SETTLED_ROUNDS;
    }
}
