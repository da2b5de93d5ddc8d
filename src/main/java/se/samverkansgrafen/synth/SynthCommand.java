package se.samverkansgrafen.synth;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code ./mvnw -q compile exec:java@synth -Dexec.args="--size M --seed 42 --out var/synth"}:
 * writes a synthetic data root (ontology/, data/ with the seeds, and data/synthetic/) for
 * size S, M or L, the same bytes for the same seed, with a progress bar on stderr and a
 * summary on stdout. Serve it with {@code samverkan.data.root=var/synth}.
 */
public final class SynthCommand {

    private static final String USAGE = """
            usage: ./mvnw -q compile exec:java@synth -Dexec.args="--size S|M|L [--seed N] [--out DIR] [--years N] [--regions 07,18]"
              --size     S: the seeds as they are; M: one region (the one with most municipalities), ten years;
                         L: all regions, ten years
              --seed     random seed (default 42); the same seed writes the same bytes
              --out      output directory (default var/synth); emptied first if an earlier run wrote it
              --years    years to generate, ending in %d (default 10 for M and L)
              --regions  länskoder of the regions to generate instead of the size's choice""".formatted(Generator.LAST_YEAR);

    private SynthCommand() {
    }

    public static void main(String[] args) {
        Generator.Options options;
        Path out;
        try {
            Parsed parsed = parse(args);
            options = parsed.options();
            out = parsed.out();
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        Instant start = Instant.now();
        try {
            Counts counts = new Generator(Path.of("").toAbsolutePath(), out, System.err).run(options);
            System.out.printf("Wrote size %s (seed %d) to %s in %s%n%s", options.size(), options.seed(),
                    out, format(Duration.between(start, Instant.now())), counts.summary());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }

    record Parsed(Generator.Options options, Path out) {
    }

    static Parsed parse(String[] args) {
        Size size = null;
        long seed = 42;
        Path out = Path.of("var/synth");
        Integer years = null;
        List<String> regions = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Missing value after " + arg);
            }
            String value = args[++i];
            switch (arg) {
                case "--size" -> {
                    try {
                        size = Size.valueOf(value.toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("Unknown size " + value + " (S, M or L)");
                    }
                }
                case "--seed" -> seed = number(arg, value);
                case "--out" -> out = Path.of(value);
                case "--years" -> {
                    years = (int) number(arg, value);
                    if (years < 1 || years > 50) {
                        throw new IllegalArgumentException("--years must be from 1 to 50, not " + years);
                    }
                }
                case "--regions" -> regions = new ArrayList<>(List.of(value.split(",")));
                default -> throw new IllegalArgumentException("Unknown option " + arg);
            }
        }
        if (size == null) {
            throw new IllegalArgumentException("--size is required");
        }
        if (size == Size.S && (years != null || regions != null)) {
            throw new IllegalArgumentException("Size S is the seeds as they are; --years and --regions apply to M and L");
        }
        return new Parsed(new Generator.Options(size, seed, years != null ? years : size.years(), regions), out);
    }

    private static long number(String option, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, not " + value);
        }
    }

    private static String format(Duration d) {
        return d.toMinutes() > 0 ? d.toMinutes() + " min " + d.toSecondsPart() + " s" : d.toMillis() / 1000.0 + " s";
    }
}
