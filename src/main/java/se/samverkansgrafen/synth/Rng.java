package se.samverkansgrafen.synth;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic randomness: one stream per seed and purpose (e.g. "people" of region 18),
 * so a region's data does not depend on which other regions are generated.
 */
final class Rng {

    private final SplittableRandom random;

    Rng(long seed, String purpose) {
        long mixed = seed;
        for (char c : purpose.toCharArray()) {
            mixed = mixed * 1_000_003L + c;
        }
        this.random = new SplittableRandom(mixed);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A whole number from {@code low} to {@code high}, both included. */
    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    double unit() {
        return random.nextDouble();
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    /** A day from {@code from} to {@code to}, both included. */
    LocalDate day(LocalDate from, LocalDate to) {
        return from.plusDays(random.nextLong(to.toEpochDay() - from.toEpochDay() + 1));
    }
}
