package it.mutua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import it.mutua.it.support.Http;

/**
 * The Vaadin admin renders in a real headless Chromium: Vaadin draws the page client-side, so an HTML 200 proves
 * little; the DOM after the scripts ran must contain the login form. A screenshot is kept in target/screenshots.
 */
class AdminUiIT {

    private static final Path SHOTS = Path.of(System.getProperty("it.screenshots.dir", "target/screenshots"));

    @Test
    void theLoginPageRendersInItalianInARealBrowser() throws Exception {
        Files.createDirectories(SHOTS);
        String url = Http.BASE + "/admin/login";
        String dom = chromium("--dump-dom", url);
        assertTrue(dom.contains("vaadin-text-field") || dom.contains("vaadin-login"), "Vaadin components in the DOM");
        assertTrue(dom.contains("Nome utente"), "Italian labels by default");
        chromium("--screenshot=" + SHOTS.resolve("admin-login.png").toAbsolutePath(), url);
        assertTrue(Files.size(SHOTS.resolve("admin-login.png")) > 5_000, "a real screenshot");
    }

    private static String chromium(String action, String url) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(browser(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--window-size=1280,900", "--virtual-time-budget=8000",
                "--user-data-dir=" + Files.createTempDirectory("chromium-it"), action, url));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(90, TimeUnit.SECONDS), "chromium finished");
        assertEquals(0, p.exitValue(), "chromium exit code");
        return out;
    }

    private static String browser() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no Chromium found: install Debian's chromium (see .ci/run)");
    }
}
