package it.mutua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import it.mutua.it.support.Http;
import it.mutua.it.support.TestJwks;
import it.mutua.it.support.Users;
import it.mutua.seed.MutuaClient;
import it.mutua.seed.Scale;
import it.mutua.seed.SeedCheck;
import it.mutua.seed.SeedLoader;
import it.mutua.seed.SeedPlan;

/**
 * The seed generator at a tiny scale (1/1000 of the federation: 4 cooperatives, 400 people) through the real API of
 * the IT server, then checked in its database: the data set is valid and consistent, and loading it again changes
 * nothing. The full scale is run by scripts/seed.sh, not here.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeedIT {

    private static final String DB_URL = "jdbc:postgresql://localhost:" + System.getProperty("it.db.port", "5632") + "/mutua";
    /**
     * A fresh seed per run (the IT database may be reused by a build without clean, and seeds keep data sets apart).
     * Any seed fits whatever other tests have constituted: the loader places each cooperative under its region's
     * regional mutual when the server has one, and the check expects exactly that.
     */
    private static final long SEED = ThreadLocalRandom.current().nextLong(10_000, 100_000);
    private static final SeedPlan PLAN = SeedPlan.of(SEED, Scale.parse("1/1000"));

    @BeforeAll
    static void serverTrustsTheAppsTokens() {
        TestJwks.ensureRunning();
    }

    @Test
    @Order(1)
    void a_tiny_seed_loads_through_the_api_and_every_cooperative_person_and_figure_is_consistent_in_the_database() {
        assertEquals(4, PLAN.cooperatives().size());
        assertEquals(400, PLAN.people());

        List<String> errors = load();

        assertEquals(List.of(), errors);
        SeedCheck.Report report = new SeedCheck(DB_URL, "postgres", "postgres").check(PLAN, true);
        assertEquals(List.of(), report.problems());
        assertEquals(4, report.cooperatives());
        assertEquals(400, report.members());
        assertEquals(report.realMembersNational(), report.reportedMembersNational());
        assertEquals(report.realCooperatives(), report.reportedCooperativesNational());
        assertTrue(PLAN.cooperatives().stream().anyMatch(c -> c.familyMembers() > 0), "the tiny plan has families");
    }

    @Test
    @Order(2)
    void loading_the_same_seed_again_finds_everything_there_and_changes_nothing() {
        long membersBefore = new SeedCheck(DB_URL, "postgres", "postgres").check(PLAN, true).realMembersNational();

        List<String> errors = load();

        assertEquals(List.of(), errors);
        SeedCheck.Report report = new SeedCheck(DB_URL, "postgres", "postgres").check(PLAN, true);
        assertEquals(List.of(), report.problems());
        assertEquals(membersBefore, report.realMembersNational());
    }

    @Test
    @Order(3)
    void a_seeded_cooperatives_administrator_reads_its_own_members_and_not_another_seeded_cooperatives() {
        MutuaClient api = new MutuaClient(Http.BASE);
        String first = PLAN.cooperatives().get(0).code();
        String second = PLAN.cooperatives().get(1).code();
        String firstsMember = PLAN.generatePeople().get(PLAN.cooperatives().get(0)).get(0).fiscalCode();
        String token = api.token(SeedLoader.coopAdmin(first), SeedLoader.SEED_PASSWORD);
        String othersToken = api.token(SeedLoader.coopAdmin(second), SeedLoader.SEED_PASSWORD);

        assertEquals(200, api.get("/api/members/" + firstsMember, token).status());
        assertEquals(404, api.get("/api/members/" + firstsMember, othersToken).status());
    }

    private static List<String> load() {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        List<String> errors = new SeedLoader(new MutuaClient(Http.BASE), PLAN, 4, Users.DEMO_PASSWORD,
                new PrintStream(log, true, StandardCharsets.UTF_8)).load(Set.of("tenants", "adoptions", "members"));
        String output = log.toString(StandardCharsets.UTF_8);
        assertTrue(output.contains("load finished"), output);
        assertTrue(output.contains("one family CSV per cooperative"), "families go through the family import: " + output);
        return errors;
    }
}
