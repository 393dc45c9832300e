package it.mutua.seed;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * The cooperative's people the way a cooperative really sends them: its workers in one payroll CSV file
 * ({@code POST /api/members/imports}, all-or-nothing, the product's bulk path), then their family members in one
 * family CSV file ({@code POST /api/members/family-imports}, all-or-nothing, synchronous) or, against a server
 * without that path, with {@code POST /api/members/{worker}/family} each. The collective adhesion to the adopted plan
 * is in place before (adoptions step), so every hired worker is enrolled by the import.
 *
 * <p>Idempotent: re-sending the same files reports every line unchanged; an existing family member answers 409.
 */
final class PayrollMemberLoader implements MemberLoader {

    static final String HEADER = "codice_fiscale;cognome;nome;data_assunzione;data_cessazione;tipo_contratto;email\n";
    static final String FAMILY_HEADER = "codice_fiscale_titolare;ruolo;codice_fiscale;cognome;nome;data_inizio\n";
    static final String FAMILY_PATH = "/api/members/family-imports";
    private static final DateTimeFormatter ITALIAN = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final LocalDate COVERAGE_FROM = LocalDate.parse(AdoptionPlanner.EFFECTIVE_FROM);

    private final MutuaClient api;
    private final boolean familyFile;

    PayrollMemberLoader(MutuaClient api) {
        this.api = api;
        this.familyFile = api.offers(FAMILY_PATH);
    }

    @Override
    public String describe() {
        return "workers: one payroll CSV per cooperative (POST /api/members/imports); family members: "
                + (familyFile ? "one family CSV per cooperative (POST " + FAMILY_PATH + ")"
                : "POST /api/members/{worker}/family each");
    }

    @Override
    public void load(PlannedCooperative coop, List<Person> people, String token, Progress progress, List<String> errors) {
        List<Person> workers = people.stream().filter(p -> !p.isFamilyMember()).toList();
        if (!importWorkers(coop, workers, token, errors)) {
            return;
        }
        progress.done(workers.size());
        List<Person> family = people.stream().filter(Person::isFamilyMember).toList();
        if (family.isEmpty()) {
            return;
        }
        if (familyFile) {
            MutuaClient.Reply r = api.postFile(FAMILY_PATH, token, "text/csv", familyFile(family));
            if (r.status() == 200) {
                progress.done(r.json().getInt("added"));
                progress.skipped(r.json().getInt("unchanged"));
            } else {
                errors.add("family import of " + coop.code() + ": " + r);
            }
            return;
        }
        for (Person p : people) {
            if (p.isFamilyMember()) {
                MutuaClient.Reply r = api.post("/api/members/" + p.worker() + "/family", token, Json.createObjectBuilder()
                        .add("role", p.role().name()).add("fiscalCode", p.fiscalCode()).add("givenName", p.givenName())
                        .add("familyName", p.familyName()).add("birthDate", p.birthDate().toString())
                        .add("sex", p.sex().name()).add("from", COVERAGE_FROM.toString()).build().toString());
                if (r.created()) {
                    progress.done(1);
                } else if (r.status() == 409) {
                    progress.skipped(1);
                } else {
                    errors.add("family member " + p.fiscalCode() + " of " + p.worker() + " (" + coop.code() + "): " + r);
                }
            }
        }
    }

    /** Uploads the payroll file and waits for the job; true when it completed. */
    private boolean importWorkers(PlannedCooperative coop, List<Person> workers, String token, List<String> errors) {
        MutuaClient.Reply accepted = api.postFile("/api/members/imports?fileName=paghe-" + coop.code() + ".csv", token,
                "text/csv", payrollFile(workers));
        if (accepted.status() != 202) {
            errors.add("payroll import of " + coop.code() + ": " + accepted);
            return false;
        }
        long id = accepted.json().getJsonNumber("id").longValue();
        long sleep = 20;
        while (true) {
            MutuaClient.Reply r = api.get("/api/members/imports/" + id, token);
            JsonObject job = r.status() == 200 ? r.json().getJsonObject("job") : null;
            String status = job == null ? "?" : job.getString("status", "?");
            if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
                if (!status.equals("COMPLETED")) {
                    errors.add("payroll import of " + coop.code() + " ended " + status + ": " + r);
                    return false;
                }
                return true;
            }
            try {
                Thread.sleep(sleep);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            sleep = Math.min(500, sleep * 2);
        }
    }

    /**
     * The cooperative's family file: one line per relative with the holder's codice fiscale, the role in Italian,
     * covered with the holder from the adoption's start.
     */
    static byte[] familyFile(List<Person> family) {
        StringBuilder b = new StringBuilder(FAMILY_HEADER.length() + family.size() * 80).append(FAMILY_HEADER);
        String from = ITALIAN.format(COVERAGE_FROM);
        for (Person p : family) {
            String role = switch (p.role().name()) {
                case "SPOUSE" -> "coniuge";
                case "CHILD" -> "figlio";
                default -> "altro";
            };
            b.append(p.worker()).append(';').append(role).append(';').append(p.fiscalCode()).append(';')
                    .append(p.familyName()).append(';').append(p.givenName()).append(';').append(from).append('\n');
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The cooperative's payroll export: one line per worker, dates in the Italian form, deterministic. */
    static byte[] payrollFile(List<Person> workers) {
        StringBuilder b = new StringBuilder(HEADER.length() + workers.size() * 90).append(HEADER);
        for (Person w : workers) {
            int h = w.fiscalCode().hashCode() & 0x7fffffff;
            LocalDate adult = w.birthDate().plusYears(18);
            LocalDate earliest = adult.isAfter(LocalDate.of(2000, 1, 1)) ? adult : LocalDate.of(2000, 1, 1);
            long span = Math.max(1, LocalDate.of(2025, 12, 31).toEpochDay() - earliest.toEpochDay());
            LocalDate hired = earliest.plusDays(h % span);
            b.append(w.fiscalCode()).append(';').append(w.familyName()).append(';').append(w.givenName()).append(';')
                    .append(ITALIAN.format(hired)).append(";;").append(h % 4 == 0 ? "determinato" : "indeterminato")
                    .append(';').append(w.givenName().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", ""))
                    .append('.').append(w.fiscalCode().toLowerCase(java.util.Locale.ROOT)).append("@example.it\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }
}
