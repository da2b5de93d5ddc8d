package se.samverkansgrafen.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Accounts from configuration: {@code name:{bcrypt}hash:ROLE[,ROLE]} per entry. Only
 * password hashes with a known strong encoder are taken; a plain-text ({@code {noop}})
 * password or a malformed line stops the service at start with the line named, rather
 * than leaving an account half-configured.
 */
final class UserAccounts {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    private static final Pattern ROLE = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");
    private static final List<String> STRONG = List.of("{bcrypt}", "{argon2@SpringSecurity_v5_8}",
            "{pbkdf2@SpringSecurity_v5_8}", "{scrypt@SpringSecurity_v5_8}");

    private UserAccounts() {
    }

    /** The accounts of the file and of the inline value, in that order; a name may appear once. */
    static List<UserDetails> from(SecurityProperties properties) {
        Map<String, UserDetails> accounts = new LinkedHashMap<>();
        if (properties.usersFile() != null && !properties.usersFile().isBlank()) {
            Path file = Path.of(properties.usersFile());
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read samverkan.security.users-file " + file.toAbsolutePath(), e);
            }
            for (int i = 0; i < lines.size(); i++) {
                add(accounts, lines.get(i), file + " line " + (i + 1));
            }
        }
        if (properties.users() != null) {
            List<String> entries = Arrays.stream(properties.users().split("\\s+")).filter(e -> !e.isBlank()).toList();
            for (int i = 0; i < entries.size(); i++) {
                add(accounts, entries.get(i), "samverkan.security.users entry " + (i + 1));
            }
        }
        return new ArrayList<>(accounts.values());
    }

    private static void add(Map<String, UserDetails> accounts, String line, String where) {
        String entry = line.strip();
        if (entry.isEmpty() || entry.startsWith("#")) {
            return;
        }
        String[] parts = entry.split(":");
        if (parts.length != 3) {
            throw new IllegalStateException(where + ": expected name:{bcrypt}hash:ROLE[,ROLE]");
        }
        String name = parts[0];
        String hash = parts[1];
        if (!NAME.matcher(name).matches()) {
            throw new IllegalStateException(where + ": a user name is 1-64 of A-Z a-z 0-9 . _ @ -");
        }
        if (STRONG.stream().noneMatch(hash::startsWith)) {
            throw new IllegalStateException(where + ": the password must be a hash with its encoder, e.g. {bcrypt}$2a$10$..."
                    + " (make one with ./mvnw -q compile exec:java@hash-password)");
        }
        String[] roles = Arrays.stream(parts[2].split(",")).map(String::strip).toArray(String[]::new);
        for (String role : roles) {
            if (!ROLE.matcher(role).matches()) {
                throw new IllegalStateException(where + ": role '" + role + "' is not an upper-case name such as EDITOR");
            }
        }
        if (accounts.containsKey(name)) {
            throw new IllegalStateException(where + ": user " + name + " is configured twice");
        }
        accounts.put(name, User.withUsername(name).password(hash).roles(roles).build());
    }
}
