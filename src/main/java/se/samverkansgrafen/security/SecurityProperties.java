package se.samverkansgrafen.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may write. There is no default account: with neither property set, nobody can log
 * in and every write is refused.
 *
 * @param usersFile a file with one account a line, {@code name:{bcrypt}$2a$...:EDITOR}
 *                  ({@code #} starts a comment); read at start
 * @param users     the same lines in one value, separated by white space (for the
 *                  environment: SAMVERKAN_SECURITY_USERS)
 */
@ConfigurationProperties("samverkan.security")
record SecurityProperties(String usersFile, String users) {
}
