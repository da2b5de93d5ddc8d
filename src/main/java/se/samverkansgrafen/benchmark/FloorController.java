package se.samverkansgrafen.benchmark;

import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The benchmark's HTTP floor: a request through the same filters, security and gate as
 * every endpoint, doing no work. Exists only with the profile "benchmark", which the
 * benchmark command sets; the service never serves it otherwise.
 */
@RestController
@Profile("benchmark")
class FloorController {

    static final String PATH = "/benchmark/floor";

    @GetMapping(value = PATH, produces = MediaType.TEXT_PLAIN_VALUE)
    String floor() {
        return "ok";
    }
}
