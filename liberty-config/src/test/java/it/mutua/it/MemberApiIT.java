package it.mutua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import it.mutua.it.support.Db;
import it.mutua.it.support.Http;
import it.mutua.it.support.People;
import it.mutua.it.support.Users;

/**
 * The member registry through the REST API on real Liberty and PostgreSQL: create, update with history, end,
 * bad input with nothing stored, search with paging and sorting, and the CSV export. Each run works in a cooperative
 * of its own (under Lombardy, social federation), so it is independent and rerunnable on one database.
 */
class MemberApiIT {

    static final String NATIONAL = Users.token(Users.NATIONAL);
    private static String coop;
    private static String admin;

    /** A fresh cooperative under Lombardy with a coop-admin; returns the admin's token. */
    static String freshCooperative(String prefix) {
        String code = prefix + Users.unique();
        Http.Response r = Http.post("/api/tenants", NATIONAL, TenantApiIT.cooperative(code, "lombardia", "social", "03"));
        assertEquals(201, r.status(), r::toString);
        return code;
    }

    @BeforeAll
    static void aCooperativeOfItsOwn() {
        coop = freshCooperative("coop-reg-");
        admin = Users.token(Users.create(coop, "coop-admin"));
    }

    static long tenantId(String code) {
        return Http.get("/api/tenants/" + code, NATIONAL).json().getJsonNumber("id").longValue();
    }

    @Test
    void aMemberIsCreatedUpdatedWithHistoryAndEnded() {
        String cf = People.fiscalCode(1984, 5, 20, false);
        Http.Response created = Http.post("/api/members", admin, "{\"fiscalCode\":\"" + cf.toLowerCase(Locale.ROOT)
                + "\",\"givenName\":\"Marco\",\"familyName\":\"Galli\",\"birthDate\":\"1984-05-20\",\"sex\":\"M\","
                + "\"email\":\"marco@example.org\",\"phone\":\"+39 02 1234567\",\"address\":{\"street\":\"Via Roma 1\","
                + "\"postcode\":\"20121\",\"municipality\":\"F205\"},\"iban\":\"IT60 X054 2811 1010 0000 0123 456\","
                + "\"hireDate\":\"2025-03-01\",\"contractType\":\"DETERMINATO\"}");
        assertEquals(201, created.status(), created::toString);
        JsonObject m = created.json();
        assertEquals(cf, m.getString("fiscalCode"));
        assertEquals("Milano", m.getJsonObject("address").getString("municipality"));
        assertEquals("015146", m.getJsonObject("address").getString("municipalityIstat"));
        assertEquals("IT60X0542811101000000123456", m.getString("iban"));
        assertEquals("FIXED_TERM", m.getString("contractType"));

        Http.Response updated = Http.send("PUT", "/api/members/" + cf, admin, "{\"givenName\":\"Marco\","
                + "\"familyName\":\"Galli\",\"email\":\"marco.galli@example.org\",\"hireDate\":\"2025-03-01\","
                + "\"contractType\":\"INDETERMINATO\"}");
        assertEquals(200, updated.status(), updated::toString);
        JsonObject last = Http.get("/api/members/" + cf + "/history", admin).jsonArray().getJsonObject(0);
        assertEquals("UPDATED", last.getString("action"));
        assertTrue(last.getString("changes").contains("\"email\":[\"marco@example.org\",\"marco.galli@example.org\"]"),
                last::toString);
        assertTrue(last.getString("changes").contains("\"iban\":[\"IT60*******************3456\",null]"), last::toString);
        assertTrue(last.getString("changedBy").startsWith("it.coop-admin."), last::toString);
        assertEquals(1, Db.count("SELECT count(*) FROM control.audit_event WHERE action = 'MEMBER_IBAN_CHANGED' AND details = ?",
                "member " + cf), "an IBAN change is in the audit trail too");

        Http.Response early = Http.post("/api/members/" + cf + "/end", admin, "{\"date\":\"2025-02-28\"}");
        assertEquals(422, early.status(), early::toString);
        assertEquals("member.end_date.before_hire", early.code());
        JsonObject unchanged = Http.get("/api/members/" + cf, admin).json().getJsonObject("member");
        assertTrue(!unchanged.containsKey("endDate") || unchanged.isNull("endDate"), "nothing changed: " + unchanged);

        Http.Response ended = Http.post("/api/members/" + cf + "/end", admin, "{\"date\":\"2026-02-28\"}");
        assertEquals(200, ended.status(), ended::toString);
        assertEquals("2026-02-28", ended.json().getString("endDate"));
        assertEquals("ENDED", Http.get("/api/members/" + cf + "/history", admin).jsonArray().getJsonObject(0)
                .getString("action"));
        assertEquals(3, Http.get("/api/members/" + cf + "/history", admin).jsonArray().size(), "registered, updated, ended");
    }

    @Test
    void aBirthDateOrSexDisagreeingWithTheCodiceFiscaleIs422AndNothingIsStored() {
        String cf = People.fiscalCode(1990, 7, 4, true);
        Http.Response wrongDate = Http.post("/api/members", admin, "{\"fiscalCode\":\"" + cf
                + "\",\"givenName\":\"Sara\",\"familyName\":\"Neri\",\"birthDate\":\"1990-07-05\"}");
        assertEquals(422, wrongDate.status(), wrongDate::toString);
        assertEquals("member.birth_date.mismatch", wrongDate.code());
        assertTrue(wrongDate.json().getString("message").contains("1990-07-04"), wrongDate::toString);
        Http.Response wrongSex = Http.send("POST", "/api/members", admin, "{\"fiscalCode\":\"" + cf
                + "\",\"givenName\":\"Sara\",\"familyName\":\"Neri\",\"sex\":\"M\"}", "en");
        assertEquals(422, wrongSex.status(), wrongSex::toString);
        assertEquals("The sex does not match the codice fiscale (which says F).", wrongSex.json().getString("message"));
        assertEquals(0, Db.count("SELECT count(*) FROM t_" + tenantId(coop) + ".member WHERE fiscal_code = ?", cf));
    }

    @Test
    void invalidCodiceFiscaleIbanOrMunicipalityIs400WithTheField() {
        String cf = People.fiscalCode(1991, 1, 2, false);
        String wrongCheck = cf.substring(0, 15) + (cf.charAt(15) == 'A' ? 'B' : 'A');
        assertEquals(400, Http.post("/api/members", admin, People.worker(wrongCheck, "A", "B", null)).status());
        Http.Response iban = Http.post("/api/members", admin, "{\"fiscalCode\":\"" + cf
                + "\",\"givenName\":\"A\",\"familyName\":\"B\",\"iban\":\"IT60X0542811101000000123457\"}");
        assertEquals(400, iban.status(), iban::toString);
        Http.Response place = Http.post("/api/members", admin, "{\"fiscalCode\":\"" + cf + "\",\"givenName\":\"A\","
                + "\"familyName\":\"B\",\"address\":{\"street\":\"Via X 1\",\"postcode\":\"20100\",\"municipality\":\"999999\"}}");
        assertEquals(400, place.status(), place::toString);
        assertEquals("member.address.municipality", place.code());
        Http.Response contract = Http.post("/api/members", admin, "{\"fiscalCode\":\"" + cf + "\",\"givenName\":\"A\","
                + "\"familyName\":\"B\",\"hireDate\":\"2025-01-01\",\"endDate\":\"2024-12-31\"}");
        assertEquals(422, contract.status(), contract::toString);
        assertEquals(404, Http.get("/api/members/" + cf, admin).status(), "nothing stored");
        assertEquals(201, Http.post("/api/members", admin, People.worker(cf, "A", "B", null)).status());
        assertEquals(409, Http.post("/api/members", admin, People.worker(cf, "A", "B", null)).status());
    }

    @Test
    void searchByNameOrCodiceFiscaleIsPagedAndSorted() {
        String family = "Zanetti" + Users.unique().replaceAll("[^a-z]", "x");
        for (String given : new String[] {"Alba", "Bruno", "Carla"}) {
            assertEquals(201, Http.post("/api/members", admin, People.worker(People.fiscalCode(1980, 2, 3, false),
                    given, family, null)).status());
        }
        JsonObject page = Http.get("/api/members?q=" + family.toLowerCase(Locale.ROOT) + "&sort=givenName&desc=true&size=2",
                admin).json();
        assertEquals(3, page.getInt("total"));
        assertEquals(2, page.getJsonArray("items").size());
        assertEquals("Carla", page.getJsonArray("items").getJsonObject(0).getString("givenName"));
        assertEquals("Alba", Http.get("/api/members?q=" + family + "&sort=givenName&page=1&size=2&desc=true", admin)
                .json().getJsonArray("items").getJsonObject(0).getString("givenName"));
        String cf = page.getJsonArray("items").getJsonObject(1).getString("fiscalCode");
        assertEquals(1, Http.get("/api/members?q=" + cf.substring(0, 10), admin).json().getInt("total"));
        assertEquals(400, Http.get("/api/members?size=500", admin).status());
    }

    @Test
    void theExportIsASemicolonCsvWithItalianHeadersAndEveryMember() {
        String cf = People.fiscalCode(1975, 11, 9, true);
        assertEquals(201, Http.post("/api/members", admin, "{\"fiscalCode\":\"" + cf + "\",\"givenName\":\"Lucia\","
                + "\"familyName\":\"D'Amico; Rota\",\"hireDate\":\"2020-01-15\"}").status());
        Http.Response csv = Http.send("GET", "/api/members/export", admin, null, "it", "text/csv");
        assertEquals(200, csv.status(), csv::toString);
        String[] lines = csv.body().split("\r\n");
        assertTrue(lines[0].startsWith("\uFEFFCodice fiscale;Cognome;Nome;Data di nascita;Sesso;Ruolo"), lines[0]);
        long members = Db.count("SELECT count(*) FROM t_" + tenantId(coop) + ".member");
        assertEquals(members + 1, lines.length);
        assertTrue(csv.body().contains(cf + ";\"D'Amico; Rota\";Lucia;09/11/1975;F;Socio;"), csv.body());
        assertTrue(csv.body().contains(";15/01/2020;"), csv.body());
    }

    @Test
    void aRegisteredMemberIsCountedInTheReportingProjection() {
        long id = tenantId(coop);
        long before = Db.count("SELECT COALESCE(sum(value), 0)::bigint FROM reporting.tenant_figure WHERE tenant_id = ?"
                + " AND metric = 'members'", id);
        assertEquals(201, Http.post("/api/members", admin, People.worker(People.fiscalCode(1970, 3, 3, false), "Ugo",
                "Conti", null)).status());
        assertEquals(before + 1, Db.count("SELECT sum(value)::bigint FROM reporting.tenant_figure WHERE tenant_id = ?"
                + " AND metric = 'members'", id));
    }
}
