package it.mutua.it.support;

import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * A real headless Chromium driven through chromedriver's W3C WebDriver protocol (plain HTTP + JSON, no client
 * library: the Selenium aggregate does not resolve from this Maven mirror). Debian's chromium and chromium-driver.
 */
public final class Browser implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Process driver;
    private final String session;

    private Browser(Process driver, String session) {
        this.driver = driver;
        this.session = session;
    }

    public static Browser open() throws Exception {
        // the IT server validates the app's own tokens through the test JWKS: a browser-only test must start it too
        TestJwks.ensureRunning();
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Process driver = new ProcessBuilder(executable("chromedriver"), "--port=" + port)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String base = "http://localhost:" + port;
        waitForDriver(base);
        String args = String.join("\",\"", List.of("--headless", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("chromium-it")));
        JsonObject created = call("POST", base + "/session", "{\"capabilities\":{\"alwaysMatch\":{\"goog:chromeOptions\":"
                + "{\"binary\":\"" + executable("chromium") + "\",\"args\":[\"" + args + "\"]}}}}");
        return new Browser(driver, base + "/session/" + created.getJsonObject("value").getString("sessionId"));
    }

    public void go(String url) {
        call("POST", session + "/url", "{\"url\":\"" + url + "\"}");
    }

    public String currentUrl() {
        return call("GET", session + "/url", null).getString("value");
    }

    /** Waits up to 20 s for an element matching the CSS selector and returns its WebDriver id. */
    public String find(String css) throws InterruptedException {
        for (int i = 0; i < 80; i++) {
            JsonObject r = callLenient("POST", session + "/element", "{\"using\":\"css selector\",\"value\":" + quote(css) + "}");
            JsonValue v = r.get("value");
            if (v instanceof JsonObject o && !o.containsKey("error") && !o.isEmpty()) {
                return o.getString(o.keySet().iterator().next());
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no element " + css + " on " + currentUrl());
    }

    public void type(String element, String text) {
        call("POST", session + "/element/" + element + "/value", "{\"text\":" + quote(text) + "}");
    }

    /**
     * Clicks the element (WebDriver scrolls it into view); if something covers it (a notification that has not
     * faded out yet), waits and tries again for up to 8 s.
     */
    public void click(String element) throws InterruptedException {
        for (int attempt = 0; ; attempt++) {
            JsonObject r = callLenient("POST", session + "/element/" + element + "/click", "{}");
            if (!(r.get("value") instanceof JsonObject o && o.containsKey("error"))) {
                return;
            }
            if (attempt >= 32 || !"element click intercepted".equals(((JsonObject) r.get("value")).getString("error"))) {
                throw new IllegalStateException("click " + element + ": " + r);
            }
            Thread.sleep(250);
        }
    }

    /** The page's visible text now. */
    public String pageText() {
        return call("POST", session + "/execute/sync", "{\"script\":\"return document.body.innerText\",\"args\":[]}")
                .getString("value");
    }

    /** The page's visible text, after waiting until it contains {@code expected} (or 20 s). */
    public String textContaining(String expected) throws InterruptedException {
        String text = "";
        for (int i = 0; i < 80 && !text.contains(expected); i++) {
            text = call("POST", session + "/execute/sync", "{\"script\":\"return document.body.innerText\",\"args\":[]}")
                    .getString("value");
            if (!text.contains(expected)) {
                Thread.sleep(250);
            }
        }
        return text;
    }

    /** Runs a script in the page and returns its result as JSON (a string, number, object or null). */
    public JsonValue script(String script, String... args) {
        StringBuilder json = new StringBuilder("{\"script\":").append(quote(script)).append(",\"args\":[");
        for (int i = 0; i < args.length; i++) {
            json.append(i == 0 ? "" : ",").append(quote(args[i]));
        }
        return call("POST", session + "/execute/sync", json.append("]}").toString()).get("value");
    }

    /** Waits up to 20 s until the page's visible text no longer contains {@code gone}; returns the text. */
    public String textWithout(String gone) throws InterruptedException {
        String text = pageText();
        for (int i = 0; i < 80 && text.contains(gone); i++) {
            Thread.sleep(250);
            text = pageText();
        }
        return text;
    }

    /** Resizes the window, e.g. to a phone's 390 × 844. */
    public void resize(int width, int height) {
        call("POST", session + "/window/rect", "{\"width\":" + width + ",\"height\":" + height + "}");
    }

    /** The text of the element (its visible text, as the user reads it). */
    public String text(String element) {
        return call("GET", session + "/element/" + element + "/text", null).getString("value");
    }

    /** Clears the content of an input. */
    public void clear(String element) {
        call("POST", session + "/element/" + element + "/clear", "{}");
    }

    private static String quote(String text) {
        return Json.createValue(text).toString();
    }

    public void screenshot(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(call("GET", session + "/screenshot", null).getString("value")));
    }

    @Override
    public void close() {
        try {
            callLenient("DELETE", session, null);
        } finally {
            driver.destroy();
        }
    }

    private static void waitForDriver(String base) throws InterruptedException {
        for (int i = 0; i < 60; i++) {
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(base + "/status")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // chromedriver is still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("chromedriver did not start");
    }

    private static JsonObject call(String method, String url, String body) {
        JsonObject r = callLenient(method, url, body);
        if (r.get("value") instanceof JsonObject o && o.containsKey("error")) {
            throw new IllegalStateException(method + " " + url + ": " + o);
        }
        return r;
    }

    private static JsonObject callLenient(String method, String url, String body) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json");
            b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            String json = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString()).body();
            return Json.createReader(new StringReader(json)).readObject();
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String executable(String name) {
        for (String dir : List.of("/usr/bin", "/usr/local/bin", "/usr/lib/chromium")) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        throw new IllegalStateException(name + " not found: install Debian's chromium and chromium-driver (see .ci/run)");
    }
}
