package it.mutua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import it.mutua.it.support.Http;

/**
 * The server reports ready only after it has verified a first token by itself, so the first burst of real requests
 * never has to fetch the JWKS (the seed load hung a just-started server that way: docs/PERFORMANCE.md, Seed scale).
 */
class TokenWarmUpIT {

    @Test
    void readiness_says_the_token_keys_are_loaded() {
        Http.awaitReady();
        Http.Response r = Http.get("/health/ready", null);

        assertEquals(200, r.status(), r::toString);
        JsonObject check = r.json().getJsonArray("checks").getJsonObject(0);
        assertEquals("mutua-database", check.getString("name"));
        assertTrue(check.getJsonObject("data").getBoolean("tokenKeys"), r::toString);
    }
}
