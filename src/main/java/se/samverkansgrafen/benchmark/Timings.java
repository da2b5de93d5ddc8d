package se.samverkansgrafen.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Latencies of one measurement: {@code clients} threads, each its own client, send requests
 * back to back (after a warm-up) until {@code requests} are done, or the time allowed is
 * up once a minimum is done. Percentiles by nearest rank over every request.
 */
record Timings(long[] sortedNanos, double perSecond) {

    /** One unit of work (a request, or a request's queries); {@code client} picks the client's own connection. */
    @FunctionalInterface
    interface Work {
        void run(int client) throws Exception;
    }

    /** Requests done at least, whatever the time allowed, so that a p99 reads more than one request. */
    private static final int MINIMUM = 30;

    static Timings measure(int clients, int requests, double maxSeconds, Work work) throws InterruptedException {
        int warmup = Math.max(clients, Math.min(20, requests / 10));
        AtomicInteger warmed = new AtomicInteger();
        AtomicInteger started = new AtomicInteger();
        AtomicReference<Exception> failure = new AtomicReference<>();
        List<long[]> perClient = new ArrayList<>();
        int[] counts = new int[clients];
        for (int c = 0; c < clients; c++) {
            perClient.add(new long[requests]);
        }
        long[] window = new long[2];
        Thread[] threads = new Thread[clients];
        // Warm-up first, on every client; the measurement starts when all are warm.
        for (int c = 0; c < clients; c++) {
            int client = c;
            threads[c] = Thread.ofPlatform().name("benchmark-client-" + c).start(() -> {
                try {
                    while (warmed.getAndIncrement() < warmup) {
                        work.run(client);
                    }
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                }
            });
        }
        join(threads);
        rethrow(failure.get());
        int minimum = Math.min(requests, MINIMUM);
        window[0] = System.nanoTime();
        long deadline = window[0] + (long) (maxSeconds * 1e9);
        AtomicInteger done = new AtomicInteger();
        for (int c = 0; c < clients; c++) {
            int client = c;
            threads[c] = Thread.ofPlatform().name("benchmark-client-" + c).start(() -> {
                long[] own = perClient.get(client);
                try {
                    while (started.getAndIncrement() < requests
                            && (done.get() < minimum || System.nanoTime() < deadline)) {
                        long t = System.nanoTime();
                        work.run(client);
                        own[counts[client]++] = System.nanoTime() - t;
                        done.incrementAndGet();
                    }
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                }
            });
        }
        join(threads);
        window[1] = System.nanoTime();
        rethrow(failure.get());
        long[] all = new long[Arrays.stream(counts).sum()];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(perClient.get(c), 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        return new Timings(all, all.length / ((window[1] - window[0]) / 1e9));
    }

    private static void join(Thread[] threads) throws InterruptedException {
        for (Thread thread : threads) {
            thread.join();
        }
    }

    private static void rethrow(Exception e) {
        if (e instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (e != null) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    int count() {
        return sortedNanos.length;
    }

    double p50() {
        return percentile(0.50);
    }

    double p95() {
        return percentile(0.95);
    }

    double p99() {
        return percentile(0.99);
    }

    private double percentile(double fraction) {
        int rank = (int) Math.ceil(fraction * sortedNanos.length);
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))] / 1e6;
    }
}
