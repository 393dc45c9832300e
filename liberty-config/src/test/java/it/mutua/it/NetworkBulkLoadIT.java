package it.mutua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import it.mutua.it.support.Db;
import it.mutua.it.support.Http;
import it.mutua.it.support.Network;
import it.mutua.it.support.Users;

/** CSV bulk load: dry run, all-or-nothing, partial load, idempotence, garbage and limits. */
class NetworkBulkLoadIT {

    private static final String NATIONAL = Users.token(Users.NATIONAL);
    private static final String LOMBARDIA = Users.token(Users.LOMBARDIA);
    private static final String HEADER = "partita_iva;ragione_sociale;denominazione;tipo;indirizzo;cap;codice_comune;"
            + "latitudine;longitudine;cooperativa;ente_cooperativa;inizio_convenzione;fine_convenzione;"
            + "codice_prestazione;prestazione;tariffa;valida_dal;valida_al\n";

    /** One line; the tariff columns may be empty. */
    static String line(String vat, String name, String type, String municipality, String service, String amount) {
        return vat + ";" + name + " S.r.l.;" + name + ";" + type + ";Via Milano, 12;;" + municipality
                + ";45,54;10,21;NO;;01/01/2026;;" + service + ";" + (service.isEmpty() ? "" : "Prestazione " + service)
                + ";" + amount + ";" + (service.isEmpty() ? "" : "2026-01-01") + ";\n";
    }

    static long rows(String vat) {
        return Db.count("SELECT count(*) FROM t_" + tenantId("lombardia") + ".facility WHERE vat_number = ?", vat);
    }

    static long tenantId(String code) {
        return Http.get("/api/tenants/" + code, NATIONAL).json().getJsonNumber("id").longValue();
    }

    @Test
    void aDryRunReportsWhatWouldHappenAndWritesNothing() {
        String vat = Network.randomVat();
        String csv = HEADER + line(vat, "Fisio Brescia " + Users.unique(), "FISIOTERAPIA", "017029", "FISIO", "35,00")
                + line(vat, "Fisio Brescia x", "FISIOTERAPIA", "017029", "", "");
        Http.Response dry = Network.upload(LOMBARDIA, "?dryRun=true", csv);
        assertEquals(200, dry.status(), dry::toString);
        JsonObject report = dry.json();
        assertTrue(report.getBoolean("dryRun"));
        assertFalse(report.getBoolean("applied"));
        assertEquals(2, report.getInt("lines"));
        assertEquals(1, report.getJsonArray("problems").size(), "same partita IVA and address, other details");
        JsonObject problem = report.getJsonArray("problems").getJsonObject(0);
        assertEquals(3, problem.getInt("line"));
        assertEquals("network.csv.conflictingDetails", problem.getString("code"));
        assertTrue(problem.getString("italian").contains("riga 2"), problem::toString);
        assertTrue(problem.getString("english").contains("line 2"), problem::toString);
        assertEquals(0, rows(vat));
    }

    @Test
    void oneBadLineRefusesTheWholeFileUnlessAskedOtherwise() {
        String good = Network.randomVat();
        String badVat = "12345678901";
        String csv = HEADER + line(good, "Buona " + Users.unique(), "RSA", "017029", "RSA_GIORNATA", "95,00")
                + line(badVat, "Cattiva", "RSA", "017029", "", "")
                + line(Network.randomVat(), "Sconosciuto", "RSA", "099999", "", "")
                + line(Network.randomVat(), "Tariffa negativa", "RSA", "017029", "RSA_GIORNATA", "-1");
        Http.Response refused = Network.upload(LOMBARDIA, "", csv);
        assertEquals(422, refused.status(), refused::toString);
        var problems = refused.json().getJsonArray("problems");
        assertEquals(3, problems.size(), refused::toString);
        assertEquals("partita_iva", problems.getJsonObject(0).getString("field"));
        assertEquals("codice_comune", problems.getJsonObject(1).getString("field"));
        assertEquals("network.place.unknownMunicipality", problems.getJsonObject(1).getString("code"));
        assertEquals("tariffa", problems.getJsonObject(2).getString("field"));
        assertEquals(0, rows(good), "all or nothing");

        Http.Response partial = Network.upload(LOMBARDIA, "?allOrNothing=false", csv);
        assertEquals(200, partial.status(), partial::toString);
        assertEquals(1, partial.json().getInt("facilitiesCreated"));
        assertEquals(1, partial.json().getInt("tariffsAdded"));
        assertEquals(1, rows(good));
    }

    @Test
    void loadingTheSameFileTwiceChangesNothingTheSecondTime() {
        String vat = Network.randomVat();
        String name = "Poliambulatorio Idempotente " + Users.unique();
        String csv = HEADER + line(vat, name, "POLIAMBULATORIO", "017029", "VISITA", "60,00")
                + line(vat, name, "POLIAMBULATORIO", "017029", "ECO", "70,00")
                + line(Network.randomVat(), name + " bis", "LABORATORIO", "017029", "", "");
        Http.Response first = Network.upload(LOMBARDIA, "", csv);
        assertEquals(200, first.status(), first::toString);
        assertEquals(2, first.json().getInt("facilitiesCreated"));
        assertEquals(2, first.json().getInt("tariffsAdded"));
        Http.Response again = Network.upload(LOMBARDIA, "", csv.replace("Via Milano, 12", "VIA MILANO 12"));
        assertEquals(200, again.status(), again::toString);
        assertEquals(0, again.json().getInt("facilitiesCreated"));
        assertEquals(2, again.json().getInt("facilitiesUnchanged") + again.json().getInt("facilitiesUpdated"));
        assertEquals(0, again.json().getInt("tariffsAdded"));
        assertEquals(2, again.json().getInt("tariffsUnchanged"));
        assertEquals(1, rows(vat));
        assertTrue(Db.count("SELECT count(*) FROM control.audit_event WHERE action = 'NETWORK_BULK_LOAD'") >= 2);
    }

    @Test
    void garbageAndOversizedFilesAre4xx() {
        assertEquals(400, Network.upload(LOMBARDIA, "", "questo non è un csv").status());
        assertEquals("network.csv.missingColumns", Network.upload(LOMBARDIA, "", "a;b\n1;2\n").code());
        assertEquals(400, Network.upload(LOMBARDIA, "", HEADER + "\"aperta;senza chiusura\n").status());
        assertEquals(400, Network.upload(LOMBARDIA, "", new byte[] {(byte) 0xC3, (byte) 0x28, 'a', ';'}).status(),
                "not UTF-8");
        assertEquals(400, Network.upload(LOMBARDIA, "", "").status());
        byte[] huge = (HEADER + "x".repeat(9 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8);
        assertEquals(413, Network.upload(LOMBARDIA, "", huge).status());
        assertEquals(403, Network.upload(Users.token(Users.ARCOBALENO), "", HEADER).status());
        assertEquals(401, Network.upload(null, "", HEADER).status());
    }
}
