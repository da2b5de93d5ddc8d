package se.samverkansgrafen.security;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * Prints the {bcrypt} hash of a password for the users file:
 * {@code ./mvnw -q compile exec:java@hash-password} (asks without echo on a terminal,
 * or reads one line from standard input). The password is never an argument, so
 * it does not end up in the shell's history or the process list.
 */
public final class HashPassword {

    private HashPassword() {
    }

    public static void main(String[] args) throws IOException {
        String password;
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("Password: ");
            password = typed == null ? null : new String(typed);
        } else {
            password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        }
        if (password == null || password.length() < 12) {
            System.err.println("A password needs at least 12 characters; nothing printed.");
            System.exit(1);
            return;
        }
        System.out.println(PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password));
    }
}
