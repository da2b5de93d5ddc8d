package se.samverkansgrafen.drafts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param directory     where drafts are kept (never loaded or served as facts)
 * @param maxUploadSize the largest document accepted (413 beyond); keep
 *                      spring.servlet.multipart.max-file-size at least this large
 */
@ConfigurationProperties("samverkan.drafts")
record DraftsProperties(@DefaultValue("var/drafts") String directory, @DefaultValue("20MB") DataSize maxUploadSize) {
}
