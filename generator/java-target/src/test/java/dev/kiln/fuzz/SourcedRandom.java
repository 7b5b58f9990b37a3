package dev.kiln.fuzz;

import java.util.Random;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * A {@link Random} whose every draw is taken from a QuickTheories {@link RandomnessSource}, so that a generator
 * written against {@code Random} ({@link RandomSpec}, {@link RandomInstance}, {@link NamePool}) becomes a QuickTheories
 * generator: QuickTheories records each draw, replays a case from its draws, and shrinks a failing case by moving draws
 * towards their first option ({@code nextInt(n)} towards 0, {@code nextBoolean()} towards {@code false}, {@code
 * nextInt()} and {@code nextLong()} towards 0).
 */
final class SourcedRandom extends Random {
    private static final long serialVersionUID = 1L;

    private final transient RandomnessSource source;

    SourcedRandom(RandomnessSource source) {
        super(0L);
        this.source = source;
    }

    @Override
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        return (int) source.next(Constraint.between(0, bound - 1L));
    }

    @Override
    public int nextInt() {
        return (int) source.next(Constraint.between(Integer.MIN_VALUE, Integer.MAX_VALUE));
    }

    @Override
    public long nextLong() {
        return source.next(Constraint.none());
    }

    @Override
    public boolean nextBoolean() {
        return source.next(Constraint.zeroToOne()) == 1;
    }

    /** Every other draw of {@link Random} ({@code nextDouble}, {@code nextBytes} ...) goes through here. */
    @Override
    protected int next(int bits) {
        return (int) source.next(Constraint.between(0, (1L << bits) - 1));
    }
}
