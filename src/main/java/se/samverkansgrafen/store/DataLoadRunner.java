package se.samverkansgrafen.store;

import java.nio.file.Path;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Loads ontology/ and data/ when the service starts, before it reports ready. */
@Component
class DataLoadRunner implements ApplicationRunner {

    private final GraphLoader loader;
    private final StoreProperties properties;
    private final LoadStatus status;

    DataLoadRunner(GraphLoader loader, StoreProperties properties, LoadStatus status) {
        this.loader = loader;
        this.properties = properties;
        this.status = status;
    }

    @Override
    public void run(ApplicationArguments args) {
        status.record(loader.load(Path.of(properties.data().root()), properties.data().directories(),
                properties.data().shapes()));
    }
}
