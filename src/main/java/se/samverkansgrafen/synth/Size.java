package se.samverkansgrafen.synth;

import java.util.Comparator;
import java.util.List;

/**
 * The sizes the generator writes. S is the curated seeds as they are; M adds one region
 * (the one with the most municipalities), L all regions, each over ten years.
 */
enum Size {
    S(0), M(10), L(10);

    private final int years;

    Size(int years) {
        this.years = years;
    }

    int years() {
        return years;
    }

    List<Regions.Region> regions(List<Regions.Region> all) {
        return switch (this) {
            case S -> List.of();
            case M -> List.of(all.stream()
                    .min(Comparator.comparing((Regions.Region r) -> -r.municipalities().size())
                            .thenComparing(Regions.Region::lanskod))
                    .orElseThrow());
            case L -> all;
        };
    }
}
