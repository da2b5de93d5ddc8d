package se.samverkansgrafen.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * A few crash trials (the fault-test command runs more): the service, a child JVM on a
 * fresh store, is killed with SIGKILL during its initial load and during a reload of
 * changed files; after each kill every file's graph is its old or its new content and the
 * load records match. The kill moments are random; the seed is printed and in the message.
 */
class CrashSafetyTest {

    @Test
    void killedWhileLoadingTheStoreHoldsEveryFileWholeWithMatchingLoadRecords() throws Exception {
        long seed = new Random().nextLong();
        CrashTrials.Report report = CrashTrials.run(
                new CrashTrials.Options(3, seed, 5_000, Path.of("").toAbsolutePath()), System.out);

        assertThat(report.violations()).as("violations with seed %d", seed).isEmpty();
        assertThat(report.trials()).extracting(CrashTrials.Trial::phase).containsExactly("initial", "initial", "reload");
    }
}
