package se.samverkansgrafen.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command's options and refusals: a clear message, nothing written. */
class SynthCommandTest {

    @TempDir
    Path work;

    @Test
    void readsTheOptions() {
        SynthCommand.Parsed parsed = SynthCommand.parse(
                new String[] {"--size", "m", "--seed", "9", "--out", "x/y", "--years", "3", "--regions", "07,18"});
        assertThat(parsed.options()).isEqualTo(new Generator.Options(Size.M, 9, 3, List.of("07", "18")));
        assertThat(parsed.out()).isEqualTo(Path.of("x/y"));
        assertThat(SynthCommand.parse(new String[] {"--size", "L"}).options().years()).isEqualTo(10);
    }

    @Test
    void refusesBadOptionsWithAMessageNamingThem() {
        assertThatThrownBy(() -> SynthCommand.parse(new String[] {"--size", "XL"})).hasMessageContaining("XL");
        assertThatThrownBy(() -> SynthCommand.parse(new String[] {"--seed", "1"})).hasMessageContaining("--size");
        assertThatThrownBy(() -> SynthCommand.parse(new String[] {"--size", "M", "--years", "0"}))
                .hasMessageContaining("--years");
        assertThatThrownBy(() -> SynthCommand.parse(new String[] {"--size", "M", "--seed", "many"}))
                .hasMessageContaining("many");
        assertThatThrownBy(() -> SynthCommand.parse(new String[] {"--size", "S", "--years", "2"}))
                .hasMessageContaining("Size S");
        assertThatThrownBy(() -> SynthCommand.parse(new String[] {"--size"})).hasMessageContaining("Missing value");
    }

    @Test
    void refusesAnUnknownRegionAndADirectoryItDidNotWrite() throws IOException {
        Path foreign = Files.createDirectories(work.resolve("foreign"));
        Files.writeString(foreign.resolve("notes.txt"), "mine");
        Generator onForeign = new Generator(Path.of("").toAbsolutePath(), foreign, quiet());
        assertThatThrownBy(() -> onForeign.run(new Generator.Options(Size.S, 1, 0, null)))
                .hasMessageContaining("not empty");
        assertThat(Files.readString(foreign.resolve("notes.txt"))).isEqualTo("mine");

        Generator fresh = new Generator(Path.of("").toAbsolutePath(), work.resolve("fresh"), quiet());
        assertThatThrownBy(() -> fresh.run(new Generator.Options(Size.M, 1, 1, List.of("99"))))
                .hasMessageContaining("99");
        assertThat(work.resolve("fresh")).doesNotExist();
    }

    @Test
    void sizeSIsTheSeedsAsTheyAre() throws IOException {
        Path out = work.resolve("s");
        Counts counts = new Generator(Path.of("").toAbsolutePath(), out, quiet()).run(new Generator.Options(Size.S, 1, 0, null));
        assertThat(Files.exists(out.resolve("data/synthetic"))).isFalse();
        assertThat(Files.readString(out.resolve("data/sources/000-orebro-chefsgrupp-svvo-2022-11-11.ttl")))
                .isEqualTo(Files.readString(Path.of("data/sources/000-orebro-chefsgrupp-svvo-2022-11-11.ttl")));
        assertThat(counts.meetings).isEqualTo(5);
        assertThat(counts.regions).isZero();
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream());
    }
}
