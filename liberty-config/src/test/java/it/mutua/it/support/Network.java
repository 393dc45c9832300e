package it.mutua.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Fixtures of the healthcare network ITs: valid partite IVA, facility bodies, CSV uploads. */
public final class Network {

    /** HTTP/1.1: large uploads need no h2c upgrade, and one connection per upload keeps them independent. */
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private Network() {
    }

    /** A valid, random partita IVA (office 015), so tests can run again on the same database. */
    public static String randomVat() {
        return vat(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
    }

    /** The partita IVA with serial {@code serial} and office 015, with its check digit. */
    public static String vat(int serial) {
        String first10 = String.format("%07d%03d", serial, 15);
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int d = first10.charAt(i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return first10 + (10 - sum % 10) % 10;
    }

    /** A facility body; {@code extra} is appended inside the object (e.g. {@code ,"cooperativeTenant":"x"}). */
    public static String facility(String name, String vat, String type, String municipality, double lat, double lon,
                                  boolean cooperative, String extra) {
        return "{\"name\":\"" + name + "\",\"legalEntity\":\"" + name + " S.r.l.\",\"vatNumber\":\"" + vat
                + "\",\"type\":\"" + type + "\",\"address\":\"Via Prova " + Users.unique() + "\",\"municipalityCode\":\""
                + municipality + "\",\"latitude\":" + lat + ",\"longitude\":" + lon + ",\"cooperativeProvider\":"
                + cooperative + ",\"contractFrom\":\"2026-01-01\"" + extra + "}";
    }

    /** Creates a facility and returns its id. */
    public static long create(String token, String body) {
        Http.Response r = Http.post("/api/network/facilities", token, body);
        assertEquals(201, r.status(), r::toString);
        return r.json().getJsonNumber("id").longValue();
    }

    /** POSTs a CSV file (UTF-8 bytes) to the import endpoint with the given query string. */
    public static Http.Response upload(String token, String query, byte[] csv) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Http.BASE + "/api/network/facilities/import" + query))
                .timeout(Duration.ofSeconds(120)).header("Accept", "application/json").header("Accept-Language", "it")
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofByteArray(csv));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpRequest request = b.build();
        try {
            HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Http.Response(r.statusCode(), r.body());
        } catch (Exception e) {
            throw new IllegalStateException("upload failed", e);
        }
    }

    public static Http.Response upload(String token, String query, String csv) {
        return upload(token, query, csv.getBytes(StandardCharsets.UTF_8));
    }
}
