package se.samverkansgrafen.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Organisations resolve against the whole of Sweden's regions and municipalities in data/reference. */
class GazetteerTest {

    private static final String ORG = "https://w3id.org/samverkan/id/org/";

    private static Gazetteer gazetteer;

    @BeforeAll
    static void gazetteer() {
        gazetteer = new Gazetteer(Gazetteer.loadModel(Path.of("").toAbsolutePath(), p -> true));
    }

    private static Optional<String> org(String text) {
        return gazetteer.resolveOrg(text).map(m -> m.iri().substring(ORG.length()));
    }

    @Test
    void municipalitiesByTheirNameBareNameAndGenitive() {
        assertThat(org("Falu kommun")).hasValue("kommun-falun");
        assertThat(org("Falun")).hasValue("kommun-falun");
        assertThat(org("Kiruna kommun")).hasValue("kommun-kiruna");
        assertThat(org("Göteborgs Stad")).hasValue("kommun-goteborg");
        assertThat(org("Upplands Väsby")).hasValue("kommun-upplands-vasby");
        assertThat(org("Västra Götalandsregionen")).hasValue("vastra-gotalandsregionen");
        assertThat(org("Region Skåne")).hasValue("region-skane");
        assertThat(org("Region Orebro lan")).hasValue("region-orebro-lan");
    }

    @Test
    void namesThatFoldAlikeKeepTheirOwnMunicipality() {
        assertThat(org("Håbo kommun")).hasValue("kommun-habo-0305");
        assertThat(org("Håbo")).hasValue("kommun-habo-0305");
        assertThat(org("Habo kommun")).hasValue("kommun-habo-0643");
        assertThat(org("Habo")).hasValue("kommun-habo-0643");
    }

    @Test
    void shortNamesAndSurnamesAreNotReadFuzzily() {
        assertThat(org("Mora kommun")).hasValue("kommun-mora");
        assertThat(org("Nora kommun")).hasValue("kommun-nora");
        // A surname a letter or two from a municipality is no organisation.
        assertThat(org("Bengtsson")).isEmpty();
        // An OCR slip in a long name still resolves.
        assertThat(org("Lindesbcrgs kommun")).hasValue("kommun-lindesberg");
    }
}
