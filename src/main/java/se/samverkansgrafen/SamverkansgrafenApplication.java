package se.samverkansgrafen;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Samverkansgrafen: a knowledge-graph service over regional collaboration structures. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SamverkansgrafenApplication {

    public static void main(String[] args) {
        SpringApplication.run(SamverkansgrafenApplication.class, args);
    }
}
