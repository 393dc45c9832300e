package it.mutua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

import it.mutua.it.support.Http;
import it.mutua.it.support.Network;
import it.mutua.it.support.Users;

/** The regime query claims rely on, and search by text (accents and case), distance, type, service and flag. */
class NetworkRegimeAndSearchIT {

    private static final String NATIONAL = Users.token(Users.NATIONAL);
    private static final String LOMBARDIA = Users.token(Users.LOMBARDIA);
    private static final String CLAIMS = Users.token(Users.CLAIMS_OFFICER);
    private static final String MEMBER = Users.token(Users.MEMBER);

    static String regime(String token, long facility, String tenant, String date) {
        Http.Response r = Http.get("/api/network/regime?facility=" + facility + "&tenant=" + tenant + "&date=" + date,
                token);
        assertEquals(200, r.status(), r::toString);
        return r.json().getString("regime");
    }

    @Test
    void aLombardyCooperativeProviderIsCooperativeNetworkForArcobalenoAndOutOfNetworkForRomaSolidale() {
        long id = Network.create(LOMBARDIA, Network.facility("Fisioterapia Cooperativa " + Users.unique(),
                Network.randomVat(), "FISIOTERAPIA", NetworkApiIT.BRESCIA, 45.5, 10.2, true, ""));
        assertEquals("COOPERATIVE_NETWORK", regime(CLAIMS, id, "coop-arcobaleno", "2026-06-01"));
        assertEquals("OUT_OF_NETWORK", regime(CLAIMS, id, "coop-roma-solidale", "2026-06-01"));
        assertEquals("OUT_OF_NETWORK", regime(CLAIMS, id, "coop-arcobaleno", "2025-12-31"), "before its contract");
        assertEquals("COOPERATIVE_NETWORK", regime(LOMBARDIA, id, "coop-arcobaleno", "2026-06-01"));
        assertEquals(404, Http.get("/api/network/regime?facility=" + id + "&tenant=coop-roma-solidale", LOMBARDIA)
                .status(), "a regional administrator asks only for its own cooperatives");
        assertEquals(403, Http.get("/api/network/regime?facility=" + id + "&tenant=coop-arcobaleno", MEMBER).status());
    }

    @Test
    void aNationalProviderIsOtherNetworkForEveryoneUntilItIsSuspended() {
        long id = Network.create(NATIONAL, Network.facility("Laboratorio Analisi " + Users.unique(),
                Network.randomVat(), "LABORATORY", NetworkApiIT.ROMA, 41.9, 12.5, false, ""));
        assertEquals("OTHER_NETWORK", regime(CLAIMS, id, "coop-roma-solidale", "2026-03-01"));
        assertEquals("OTHER_NETWORK", regime(CLAIMS, id, "coop-arcobaleno", "2026-03-01"));
        Http.Response s = Http.post("/api/network/facilities/" + id + "/status", NATIONAL,
                "{\"status\":\"SUSPENDED\",\"effectiveFrom\":\"2026-04-01\"}");
        assertEquals(200, s.status(), s::toString);
        assertEquals("OTHER_NETWORK", regime(CLAIMS, id, "coop-roma-solidale", "2026-03-31"));
        assertEquals("OUT_OF_NETWORK", regime(CLAIMS, id, "coop-roma-solidale", "2026-04-01"));
        assertEquals("OUT_OF_NETWORK", regime(CLAIMS, 987654321L, "coop-roma-solidale", "2026-04-01"), "unknown id");
        assertEquals(404, Http.get("/api/network/regime?facility=" + id + "&tenant=no-such-coop", CLAIMS).status());
        assertEquals(400, Http.get("/api/network/regime?facility=" + id + "&tenant=coop-arcobaleno&date=ieri", CLAIMS)
                .status());
    }

    @Test
    void textSearchIgnoresAccentsCaseAndApostrophes() {
        String tag = Users.unique().replaceAll("[0-9]", "x");
        String name = "Casa di Cura Sant'Anna Università " + tag;
        long id = Network.create(NATIONAL, Network.facility(name, Network.randomVat(), "OSPEDALE", NetworkApiIT.ROMA,
                41.9, 12.5, false, ""));
        for (String q : List.of("universita+" + tag, "SANT+ANNA+" + tag.toUpperCase(), "UNIVERSIT%C3%80+" + tag)) {
            JsonObject page = Http.get("/api/network/facilities?q=" + q, MEMBER).json();
            assertEquals(1, page.getJsonNumber("total").longValue(), q + " " + page);
            assertEquals(id, page.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
        }
    }

    @Test
    void distanceSearchFindsNearbyFacilitiesNearestFirstWithinTheRadius() {
        String tag = Users.unique().replaceAll("[0-9]", "y");
        long near = Network.create(NATIONAL, Network.facility("Vicino " + tag, Network.randomVat(), "DENTAL",
                NetworkApiIT.BRESCIA, 45.541, 10.211, false, ""));
        long farther = Network.create(NATIONAL, Network.facility("Lontano " + tag, Network.randomVat(), "DENTAL",
                NetworkApiIT.BRESCIA, 45.60, 10.30, false, ""));
        Network.create(NATIONAL, Network.facility("Fuori " + tag, Network.randomVat(), "DENTAL", NetworkApiIT.BRESCIA,
                46.50, 10.21, false, ""));
        JsonObject page = Http.get("/api/network/facilities?lat=45.54&lon=10.21&radiusKm=20&q=" + tag, MEMBER).json();
        assertEquals(2, page.getJsonNumber("total").longValue(), page::toString);
        var items = page.getJsonArray("items");
        assertEquals(near, items.getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(farther, items.getJsonObject(1).getJsonNumber("id").longValue());
        assertTrue(items.getJsonObject(0).getJsonNumber("distanceKm").doubleValue() < 1);
    }

    @Test
    void filtersByProvinceTypeServiceAndCooperativeFlagCombine() {
        JsonObject page = Http.get("/api/network/facilities?province=017&type=HOME_CARE&cooperative=true&size=100",
                MEMBER).json();
        assertTrue(page.getJsonNumber("total").longValue() > 0, page::toString);
        for (JsonValue v : page.getJsonArray("items")) {
            JsonObject i = v.asJsonObject();
            assertEquals("017", i.getJsonObject("place").getString("provinceCode"));
            assertEquals("HOME_CARE", i.getString("type"));
            assertTrue(i.getBoolean("cooperativeProvider"));
        }
        JsonObject rmn = Http.get("/api/network/facilities?service=RMN&size=5", MEMBER).json();
        assertTrue(rmn.getJsonNumber("total").longValue() > 0, rmn::toString);
        assertEquals(422, Http.get("/api/network/facilities?province=999", MEMBER).status());
        assertEquals(400, Http.get("/api/network/facilities?sort=distance", MEMBER).status());
        assertEquals(400, Http.get("/api/network/facilities?size=1000", MEMBER).status());
    }

    @Test
    void pagesDoNotOverlapAcrossTheTwoSchemas() {
        JsonObject first = Http.get("/api/network/facilities?region=03&size=10&page=0", MEMBER).json();
        JsonObject second = Http.get("/api/network/facilities?region=03&size=10&page=1", MEMBER).json();
        var ids = new java.util.HashSet<Long>();
        first.getJsonArray("items").forEach(v -> ids.add(v.asJsonObject().getJsonNumber("id").longValue()));
        second.getJsonArray("items").forEach(v -> ids.add(v.asJsonObject().getJsonNumber("id").longValue()));
        assertEquals(20, ids.size());
        var both = new java.util.ArrayList<Long>();
        first.getJsonArray("items").forEach(v -> both.add(v.asJsonObject().getJsonNumber("id").longValue()));
        second.getJsonArray("items").forEach(v -> both.add(v.asJsonObject().getJsonNumber("id").longValue()));
        var oneBigPage = new java.util.ArrayList<Long>();
        Http.get("/api/network/facilities?region=03&size=20&page=0", MEMBER).json().getJsonArray("items")
                .forEach(v -> oneBigPage.add(v.asJsonObject().getJsonNumber("id").longValue()));
        assertEquals(oneBigPage, both, "two pages of 10 are the first page of 20");
    }
}
