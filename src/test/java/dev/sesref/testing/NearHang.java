package dev.sesref.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fuzz tests' time bound. An input that first reaches some code also loads (and, under Jazzer,
 * instruments) its classes, which can take seconds once; so an input over the bound is run again,
 * and only a second run over it is a near-hang.
 */
public final class NearHang {
    /** The bound: an input must be handled in less. */
    public static final long LIMIT_NANOS = 5_000_000_000L;

    private NearHang() {}

    /** Runs {@code work}, again if it took too long, and fails if the second run did too. */
    public static void check(Runnable work) {
        long start = System.nanoTime();
        work.run();
        if (System.nanoTime() - start < LIMIT_NANOS) {
            return;
        }
        long again = System.nanoTime();
        work.run();
        assertTrue(System.nanoTime() - again < LIMIT_NANOS, "a near-hang: more than 5 s, twice");
    }
}
