package it.mutua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import it.mutua.it.support.Db;
import it.mutua.it.support.Http;
import it.mutua.it.support.Network;
import it.mutua.it.support.Users;

/**
 * The healthcare network end to end: the owner's CRUD, tariffs and status, the 401/403/404 matrix, and the
 * visibility of regional additions (Lombardy's are in the network of coop-arcobaleno, under Lombardy, and do not
 * exist for coop-roma-solidale, a Lazio cooperative directly under national).
 */
class NetworkApiIT {

    private static final String NATIONAL = Users.token(Users.NATIONAL);
    private static final String LOMBARDIA = Users.token(Users.LOMBARDIA);
    private static final String ARCOBALENO = Users.token(Users.ARCOBALENO);
    private static final String MEMBER = Users.token(Users.MEMBER);
    private static final String CLAIMS = Users.token(Users.CLAIMS_OFFICER);
    private static String romaSolidale;

    /** Brescia (Lombardy) and Roma. */
    static final String BRESCIA = "017029";
    static final String ROMA = "058091";

    @BeforeAll
    static void aCoopAdminOfRomaSolidale() {
        romaSolidale = Users.token(Users.create("coop-roma-solidale", "coop-admin"));
    }

    static long facilityRows(String tenantCode) {
        long id = Http.get("/api/tenants/" + tenantCode, NATIONAL).json().getJsonNumber("id").longValue();
        return Db.count("SELECT count(*) FROM t_" + id + ".facility");
    }

    @Test
    void theNationalOfficeCreatesReadsAndChangesAFacilityEveryoneSignedInCanRead() {
        String name = "Poliambulatorio Prova " + Users.unique();
        long id = Network.create(NATIONAL, Network.facility(name, Network.randomVat(), "POLIAMBULATORIO", ROMA,
                41.9, 12.5, false, ""));
        Http.Response asMember = Http.get("/api/network/facilities/" + id, MEMBER);
        assertEquals(200, asMember.status(), asMember::toString);
        JsonObject f = asMember.json();
        assertEquals("CLINIC", f.getString("type"));
        assertEquals("Poliambulatorio", f.getString("typeLabel"));
        assertEquals("nazionale", f.getJsonObject("owner").getString("code"));
        assertFalse(f.getBoolean("regionalAddition"));
        assertEquals("Roma", f.getJsonObject("place").getString("municipalityName"));
        assertEquals("12", f.getJsonObject("place").getString("regionCode"));
        assertEquals("ACTIVE", f.getString("status"));
        assertEquals(200, Http.get("/api/network/facilities/" + id, romaSolidale).status());

        Http.Response updated = Http.send("PUT", "/api/network/facilities/" + id, NATIONAL,
                Network.facility(name + " rinnovato", f.getString("vatNumber"), "DIAGNOSTIC_CENTRE", ROMA, 41.91, 12.51,
                        false, ""));
        assertEquals(200, updated.status(), updated::toString);
        assertEquals("DIAGNOSTIC_CENTRE", updated.json().getString("type"));

        Http.Response suspended = Http.post("/api/network/facilities/" + id + "/status", NATIONAL,
                "{\"status\":\"SUSPENDED\",\"effectiveFrom\":\"2026-02-01\",\"reason\":\"verifica ispettiva\"}");
        assertEquals(200, suspended.status(), suspended::toString);
        assertEquals(2, suspended.json().getJsonArray("statusHistory").size());
        Http.Response future = Http.post("/api/network/facilities/" + id + "/status", NATIONAL,
                "{\"status\":\"ACTIVE\",\"effectiveFrom\":\"2999-01-01\"}");
        assertEquals(400, future.status(), future::toString);
        assertEquals("network.status.future", future.code());
    }

    @Test
    void onlyTheOwnerWritesAndStrangersGet401() {
        long national = Network.create(NATIONAL, Network.facility("Ospedale Prova " + Users.unique(),
                Network.randomVat(), "HOSPITAL", ROMA, 41.9, 12.5, false, ""));
        String body = Network.facility("Altro " + Users.unique(), Network.randomVat(), "HOSPITAL", ROMA, 41.9, 12.5,
                false, "");
        assertEquals(401, Http.get("/api/network/facilities", null).status());
        assertEquals(401, Http.post("/api/network/facilities", null, body).status());
        assertEquals(403, Http.post("/api/network/facilities", ARCOBALENO, body).status(), "a coop admin cannot create");
        assertEquals(403, Http.post("/api/network/facilities", MEMBER, body).status());
        assertEquals(403, Http.post("/api/network/facilities", CLAIMS, body).status(), "claims officers only read");
        Http.Response regionalOnNational = Http.send("PUT", "/api/network/facilities/" + national, LOMBARDIA, body);
        assertEquals(403, regionalOnNational.status(), regionalOnNational::toString);
        assertEquals("network.facility.notOwner", regionalOnNational.code());
        Http.Response tariff = Http.post("/api/network/facilities/" + national + "/tariffs", LOMBARDIA,
                "{\"serviceCode\":\"RMN\",\"serviceName\":\"Risonanza\",\"amount\":\"1.00\",\"validFrom\":\"2026-01-01\"}");
        assertEquals(403, tariff.status(), tariff::toString);
        assertEquals(404, Http.get("/api/network/facilities/999999999", NATIONAL).status());
    }

    @Test
    void lombardyAdditionsExistOnlyForTenantsUnderLombardy() {
        String name = "Assistenza Domiciliare Arcobaleno " + Users.unique();
        long id = Network.create(LOMBARDIA, Network.facility(name, Network.randomVat(), "HOME_CARE", BRESCIA, 45.54,
                10.21, true, ",\"cooperativeTenant\":\"coop-arcobaleno\""));
        Http.Response own = Http.get("/api/network/facilities/" + id, ARCOBALENO);
        assertEquals(200, own.status(), own::toString);
        assertTrue(own.json().getBoolean("regionalAddition"));
        assertEquals("lombardia", own.json().getJsonObject("owner").getString("code"));

        assertEquals(404, Http.get("/api/network/facilities/" + id, romaSolidale).status(), "another region's addition");
        assertEquals(404, Http.get("/api/network/facilities/" + id, NATIONAL).status(), "not in the national network");
        Http.Response nationalEdit = Http.send("PUT", "/api/network/facilities/" + id, NATIONAL,
                Network.facility(name, Network.randomVat(), "HOME_CARE", BRESCIA, 45.5, 10.2, true, ""));
        assertEquals(404, nationalEdit.status(), nationalEdit::toString);

        String q = "/api/network/facilities?q=" + name.replace(' ', '+') + "&status=any";
        assertEquals(1, Http.get(q, ARCOBALENO).json().getJsonNumber("total").longValue());
        assertEquals(0, Http.get(q, romaSolidale).json().getJsonNumber("total").longValue());
    }

    @Test
    void demoSearchOfLombardyShowsRegionalAdditionsOnlyToMembersUnderLombardy() {
        JsonObject arcobaleno = Http.get("/api/network/facilities?region=03&size=100", MEMBER).json();
        JsonObject roma = Http.get("/api/network/facilities?region=03&size=100", romaSolidale).json();
        assertTrue(arcobaleno.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .anyMatch(i -> i.getBoolean("regionalAddition")), arcobaleno::toString);
        assertTrue(roma.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .noneMatch(i -> i.getBoolean("regionalAddition")), roma::toString);
        assertTrue(arcobaleno.getJsonNumber("total").longValue() > roma.getJsonNumber("total").longValue());
        assertTrue(roma.getJsonNumber("total").longValue() > 0, "national facilities in Lombardy");
    }

    @Test
    void tariffsRefuseOverlapsAndNegativeAmountsAndCloseOnADate() {
        long id = Network.create(NATIONAL, Network.facility("Centro Diagnostico Tariffe " + Users.unique(),
                Network.randomVat(), "DIAGNOSTIC_CENTRE", ROMA, 41.9, 12.5, false, ""));
        String path = "/api/network/facilities/" + id + "/tariffs";
        Http.Response first = Http.post(path, NATIONAL,
                "{\"serviceCode\":\"rmn\",\"serviceName\":\"Risonanza magnetica\",\"amount\":\"180.50\",\"validFrom\":\"2026-01-01\"}");
        assertEquals(201, first.status(), first::toString);
        assertEquals("RMN", first.json().getString("serviceCode"));
        assertEquals("180.50", first.json().getString("amount"));
        Http.Response overlap = Http.post(path, NATIONAL,
                "{\"serviceCode\":\"RMN\",\"serviceName\":\"Risonanza\",\"amount\":\"190.00\",\"validFrom\":\"2026-07-01\"}");
        assertEquals(409, overlap.status(), overlap::toString);
        assertEquals("network.tariff.overlap", overlap.code());
        Http.Response negative = Http.post(path, NATIONAL,
                "{\"serviceCode\":\"TAC\",\"serviceName\":\"TAC\",\"amount\":\"-5\",\"validFrom\":\"2026-01-01\"}");
        assertEquals(400, negative.status(), negative::toString);
        assertEquals("network.tariff.amountNegative", negative.code());

        long tariffId = first.json().getJsonNumber("id").longValue();
        Http.Response closed = Http.post(path + "/" + tariffId + "/close", NATIONAL, "{\"validTo\":\"2026-06-30\"}");
        assertEquals(200, closed.status(), closed::toString);
        Http.Response next = Http.post(path, NATIONAL,
                "{\"serviceCode\":\"RMN\",\"serviceName\":\"Risonanza\",\"amount\":\"190.00\",\"validFrom\":\"2026-07-01\"}");
        assertEquals(201, next.status(), next::toString);
        assertEquals(2, Http.get(path, MEMBER).jsonArray().size());
        assertTrue(Db.count("SELECT count(*) FROM control.audit_event WHERE action = 'NETWORK_TARIFF_ADDED' "
                + "AND details LIKE ?", "facility " + id + " %") >= 2, "tariff changes are audited");
    }

    @Test
    void badInputIs400Or422AndStoresNothing() {
        long before = facilityRows("nazionale");
        String wrongVat = Network.randomVat();
        wrongVat = wrongVat.substring(0, 10) + (char) ('0' + (wrongVat.charAt(10) - '0' + 1) % 10);
        Http.Response vat = Http.post("/api/network/facilities", NATIONAL,
                Network.facility("Prova", wrongVat, "HOSPITAL", ROMA, 41.9, 12.5, false, ""));
        assertEquals(400, vat.status(), vat::toString);
        assertEquals("vat_number.check_digit", vat.code());
        Http.Response istat = Http.send("POST", "/api/network/facilities", NATIONAL,
                Network.facility("Prova", Network.randomVat(), "HOSPITAL", "058999", 41.9, 12.5, false, ""), "en");
        assertEquals(422, istat.status(), istat::toString);
        assertEquals("network.place.unknownMunicipality", istat.code());
        assertEquals("Unknown ISTAT municipality code: 058999.", istat.json().getString("message"));
        Http.Response province = Http.post("/api/network/facilities", NATIONAL, Network.facility("Prova",
                Network.randomVat(), "HOSPITAL", ROMA, 41.9, 12.5, false, ",\"provinceCode\":\"017\""));
        assertEquals(422, province.status(), province::toString);
        Http.Response type = Http.post("/api/network/facilities", NATIONAL,
                Network.facility("Prova", Network.randomVat(), "TERME", ROMA, 41.9, 12.5, false, ""));
        assertEquals(400, type.status(), type::toString);
        assertEquals("type", type.json().getJsonArray("violations").getJsonObject(0).getString("field"));
        Http.Response coop = Http.post("/api/network/facilities", NATIONAL, Network.facility("Prova",
                Network.randomVat(), "HOSPITAL", ROMA, 41.9, 12.5, true, ",\"cooperativeTenant\":\"lombardia\""));
        assertEquals(422, coop.status(), "only a cooperative can be linked: " + coop);
        assertEquals(400, Http.post("/api/network/facilities", NATIONAL, "{\"name\":").status());
        assertEquals(before, facilityRows("nazionale"), "nothing stored");

        String vatNumber = Network.randomVat();
        String body = Network.facility("Doppione", vatNumber, "HOSPITAL", ROMA, 41.9, 12.5, false, "")
                .replaceAll("Via Prova [a-z0-9]+", "Via Unica 1");
        Network.create(NATIONAL, body);
        Http.Response duplicate = Http.post("/api/network/facilities", NATIONAL, body.replace("Via Unica 1", "VIA UNICA, 1"));
        assertEquals(409, duplicate.status(), "same partita IVA and address: " + duplicate);
    }
}
