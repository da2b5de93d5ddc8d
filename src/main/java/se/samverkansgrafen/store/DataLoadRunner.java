package se.samverkansgrafen.store;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Loads ontology/ and data/ when the service starts. On a fresh store (or one whose first
 * load was cut short) the service is not ready until the load has finished, and requests
 * get 503 meanwhile; a store that already holds a complete load is served at once, and
 * ready, while changed files reload (each file's swap is one transaction).
 */
@Component
class DataLoadRunner implements ApplicationRunner, SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DataLoadRunner.class);

    private final GraphLoader loader;
    private final StoreProperties properties;
    private final LoadStatus status;
    private final ApplicationEventPublisher events;

    DataLoadRunner(GraphLoader loader, StoreProperties properties, LoadStatus status, ApplicationEventPublisher events) {
        this.loader = loader;
        this.properties = properties;
        this.status = status;
        this.events = events;
    }

    /** Before the web server takes requests: does the store already hold a complete load? */
    @Override
    public void afterSingletonsInstantiated() {
        try {
            if (loader.holdsCompleteLoad()) {
                status.completeLoadFound();
                log.info("The store holds a complete load; serving it while changed files reload");
            } else {
                log.info("The store holds no complete load; requests get 503 until the first load has finished");
            }
        } catch (RuntimeException e) {
            log.warn("Cannot tell whether the store holds a complete load ({}); treating it as not loaded", e.toString());
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        if (status.servesCompleteLoad()) {
            AvailabilityChangeEvent.publish(events, this, ReadinessState.ACCEPTING_TRAFFIC);
        }
        status.loadStarted();
        try {
            status.record(loader.load(Path.of(properties.data().root()), properties.data().directories(),
                    properties.data().shapes()));
        } catch (RuntimeException e) {
            status.loadFailed();
            throw e;
        }
    }
}
