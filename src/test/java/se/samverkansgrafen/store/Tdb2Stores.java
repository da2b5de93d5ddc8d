package se.samverkansgrafen.store;

import java.nio.file.Path;
import java.time.Duration;

/** A real TDB2 store on disk, served by embedded Fuseki on a free loopback port, for tests outside this package. */
public final class Tdb2Stores {

    private Tdb2Stores() {
    }

    public static TripleStore onDisk(Path location) {
        return new EmbeddedStore(new StoreProperties.Store(location.toString(), null, null, null, null),
                new StoreProperties.Fuseki(0, "samverkan"), Duration.ofSeconds(60));
    }
}
