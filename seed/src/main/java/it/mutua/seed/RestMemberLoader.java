package it.mutua.seed;

import java.util.List;

import jakarta.json.Json;

/** One POST /api/members per person, as a cooperative administrator typing them in would. */
final class RestMemberLoader implements MemberLoader {

    private final MutuaClient api;

    RestMemberLoader(MutuaClient api) {
        this.api = api;
    }

    @Override
    public String describe() {
        return "POST /api/members per person as the cooperative's administrator (no bulk import in this build)";
    }

    @Override
    public void load(PlannedCooperative coop, List<Person> people, String token, Progress progress, List<String> errors) {
        for (Person p : people) {
            String body = Json.createObjectBuilder().add("fiscalCode", p.fiscalCode()).add("givenName", p.givenName())
                    .add("familyName", p.familyName()).add("birthDate", p.birthDate().toString()).build().toString();
            MutuaClient.Reply r = api.post("/api/members", token, body);
            if (r.created()) {
                progress.done(1);
            } else if (r.status() == 409) {
                progress.skipped(1);
            } else {
                errors.add("member " + p.fiscalCode() + " of " + coop.code() + ": " + r);
            }
        }
    }
}
