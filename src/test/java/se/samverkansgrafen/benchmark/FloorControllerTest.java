package se.samverkansgrafen.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.samverkansgrafen.web.ApiTest;

/** The benchmark's HTTP floor exists only with the profile "benchmark": the service never serves it. */
class FloorControllerTest extends ApiTest {

    @Test
    void theFloorIsNotServedWithoutTheBenchmarkProfile() {
        assertThat(get(FloorController.PATH, "text/plain").statusCode()).isEqualTo(404);
    }
}
