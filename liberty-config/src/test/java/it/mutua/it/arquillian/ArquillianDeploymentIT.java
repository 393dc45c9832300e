package it.mutua.it.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The real application WAR on a managed Open Liberty (server {@code mutua-arq}, started and stopped by Arquillian),
 * checked from outside over HTTP with real tokens.
 *
 * <p>The server and its own embedded PostgreSQL (port, data dir, demo data) are set up by the {@code arquillian}
 * Maven profile of liberty-config; see {@code src/test/liberty/arq/server.xml} and {@code src/test/resources/arquillian.xml}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ArquillianDeploymentIT {

    private static final String DEMO_USER = "admin.nazionale";
    private static final String DEMO_PASSWORD = System.getProperty("mutua.demo.password", "Mutua-demo-2026");

    /** Gives the app context root "/" (as the production server.xml does); Arquillian also reads it to build the URL. */
    private static final String IBM_WEB_EXT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <web-ext xmlns="http://websphere.ibm.com/xml/ns/javaee"
                     xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                     xsi:schemaLocation="http://websphere.ibm.com/xml/ns/javaee http://websphere.ibm.com/xml/ns/javaee/ibm-web-ext_1_1.xsd"
                     version="1.1">
              <context-root uri="/"/>
            </web-ext>
            """;

    /** The WAR built by the app module, as is; only renamed (its id must not clash with the included config's
     *  {@code mutua-app}) and given its context root. */
    @Deployment(testable = false)
    static WebArchive deployment() {
        File war = new File(System.getProperty("mutua.app.war", "../app/target/mutua-app.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the app first (mvn install): no WAR at " + war.getAbsolutePath());
        }
        return ShrinkWrap.create(ZipImporter.class, "mutua-arq.war").importFrom(war).as(WebArchive.class)
                .addAsWebInfResource(new StringAsset(IBM_WEB_EXT), "ibm-web-ext.xml");
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private URI api(String path) {
        String root = base.toExternalForm().replaceAll("/+$", "");
        return URI.create(root + "/api" + path);
    }

    @BeforeEach
    void baseUrlIsTheRoot() {
        assertNotNull(base, "Arquillian did not inject the deployment URL");
        assertTrue(base.getPath().isEmpty() || "/".equals(base.getPath()), "the app must answer at context root /: " + base);
    }

    @Test
    void tokenForTheNationalAdmin() throws Exception {
        String token = login();
        assertEquals(3, token.split("\\.").length, "not a JWS compact token: " + token);
    }

    @Test
    void meWithTheTokenIsTheNationalTenant() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(api("/me")).header("Authorization", "Bearer " + login())
                .header("Accept", "application/json").GET());
        assertEquals(200, r.statusCode(), r::body);
        JsonObject me = json(r.body());
        assertEquals(DEMO_USER, me.getString("username"));
        assertEquals("nazionale", me.getJsonObject("tenant").getString("code"));
    }

    @Test
    void meWithoutTokenIs401() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(api("/me")).header("Accept", "application/json").GET());
        assertEquals(401, r.statusCode(), r::body);
    }

    @Test
    void unknownTenantIs404WithAnErrorCode() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(api("/tenants/does-not-exist"))
                .header("Authorization", "Bearer " + login()).header("Accept", "application/json").GET());
        assertEquals(404, r.statusCode(), r::body);
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/"),
                "not JSON: " + r.headers().map());
        JsonObject problem = json(r.body());
        assertTrue(problem.containsKey("code"), "no code in " + r.body());
        assertFalse(problem.getString("code").isBlank(), r.body());
    }

    private String login() throws Exception {
        String body = Json.createObjectBuilder().add("username", DEMO_USER).add("password", DEMO_PASSWORD).build().toString();
        HttpResponse<String> r = send(HttpRequest.newBuilder(api("/auth/token"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(200, r.statusCode(), r::body);
        String token = json(r.body()).getString("access_token", "");
        assertFalse(token.isBlank(), "no access_token in " + r.body());
        return token;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
