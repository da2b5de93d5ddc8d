package se.samverkansgrafen.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Installs Debian packages a test needs (a browser, a second SPARQL store) when they are
 * missing, as .ci/run does: only as root where apt-get exists, so a developer's machine is
 * never changed behind their back; elsewhere the test says what to install.
 */
public final class DebianPackages {

    private DebianPackages() {
    }

    /** True when the packages were installed; false when not allowed here or apt-get failed. */
    public static boolean install(String... packages) {
        if (!Files.isExecutable(Path.of("/usr/bin/apt-get")) || !runsAsRoot()) {
            return false;
        }
        System.err.println("Installing " + String.join(", ", packages) + " with apt-get");
        String[] install = new String[packages.length + 4];
        install[0] = "apt-get";
        install[1] = "install";
        install[2] = "-y";
        install[3] = "-qq";
        System.arraycopy(packages, 0, install, 4, packages.length);
        return run("apt-get", "update", "-qq") && run(install);
    }

    private static boolean runsAsRoot() {
        try {
            Process id = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
            String uid = new String(id.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return id.waitFor(10, TimeUnit.SECONDS) && "0".equals(uid);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean run(String... command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
            builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
            Process process = builder.start();
            if (!process.waitFor(15, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
