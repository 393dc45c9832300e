package it.mutua.app.claim.persistence;

import java.io.StringReader;
import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import it.mutua.app.kernel.Jsons;
import it.mutua.app.plan.domain.ReimbursementReason;

/** A line's reasons as stored: a JSON array of {code, args, it, en}, so the letter a member read is kept verbatim. */
final class ReasonsJson {

    private ReasonsJson() {
    }

    static String write(List<ReimbursementReason> reasons) {
        var array = Jsons.arrayBuilder();
        for (ReimbursementReason r : reasons) {
            var args = Jsons.arrayBuilder();
            r.args().forEach(args::add);
            array.add(Jsons.objectBuilder().add("code", r.code()).add("args", args).add("it", r.textIt())
                    .add("en", r.textEn()));
        }
        return array.build().toString();
    }

    static List<ReimbursementReason> read(String json) {
        JsonArray array = Jsons.reader(new StringReader(json)).readArray();
        return array.stream().map(JsonValue::asJsonObject).map(ReasonsJson::reason).toList();
    }

    private static ReimbursementReason reason(JsonObject o) {
        List<String> args = o.getJsonArray("args").getValuesAs(JsonString.class).stream().map(JsonString::getString)
                .toList();
        return new ReimbursementReason(o.getString("code"), args, o.getString("it"), o.getString("en"));
    }
}
