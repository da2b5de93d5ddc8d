package se.samverkansgrafen.linkeddata;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the entity IRIs map onto this service.
 *
 * @param base    the IRI namespace the service answers for: a request for {@code /id/person/x}
 *                is about {@code base + "id/person/x"}. The data's own IRIs start with
 *                https://w3id.org/samverkan/, and w3id.org redirects that namespace to the
 *                deployment; a deployment whose data uses a namespace of its own sets it here.
 * @param license the licence the dataset description (VoID, DCAT) states
 */
@ConfigurationProperties("samverkan.linked-data")
public record LinkedDataProperties(@DefaultValue("https://w3id.org/samverkan/") String base,
        @DefaultValue("https://creativecommons.org/publicdomain/zero/1.0/") URI license) {

    public LinkedDataProperties {
        base = base == null ? "https://w3id.org/samverkan/" : base;
        if (!base.endsWith("/")) {
            throw new IllegalArgumentException("samverkan.linked-data.base must end with '/', got '" + base + "'");
        }
        license = license == null ? URI.create("https://creativecommons.org/publicdomain/zero/1.0/") : license;
    }
}
