package it.mutua.admin.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonValue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DraftChangesTest {

    @Test
    void euroAmountsAreReadAsTypedInItalyOrEnglandAndSentWithCents() {
        assertEquals(Json.createValue("72.00"), DraftChanges.money("72").value());
        assertEquals(Json.createValue("72.50"), DraftChanges.money("72,5").value());
        assertEquals(Json.createValue("1026.50"), DraftChanges.money("1.026,50").value());
        assertEquals(Json.createValue("72.50"), DraftChanges.money("€ 72.50").value());
    }

    @Test
    void badAmountsGiveTheReasonToShowNextToTheField() {
        assertEquals("plan_edit.not_negative", DraftChanges.money("-1").errorKey());
        assertEquals("plan_edit.cents", DraftChanges.money("10,005").errorKey());
        assertEquals("plan_edit.not_money", DraftChanges.money("dieci").errorKey());
        assertEquals("plan_edit.value_required", DraftChanges.money(" ").errorKey());
    }

    @Test
    void wholeNumbersStayInTheirRange() {
        assertEquals(Json.createValue(180), DraftChanges.whole("180", 3650).value());
        assertEquals("plan_edit.out_of_range", DraftChanges.whole("121", 120).errorKey());
        assertEquals("plan_edit.not_whole", DraftChanges.whole("1,5", 120).errorKey());
    }

    @Test
    void aCostShareCarriesTheFieldsOfItsType() {
        assertEquals(Json.createObjectBuilder().add("type", "SCOPERTO").add("percent", "20").add("minimum", "50.00").build(),
                DraftChanges.costShare("SCOPERTO", "", "20", "50").value());
        assertEquals(Json.createObjectBuilder().add("type", "FIXED").add("amount", "30.00").build(),
                DraftChanges.costShare("FIXED", "30", "", "").value());
        assertEquals(Json.createObjectBuilder().add("type", "NONE").build(), DraftChanges.costShare("NONE", "", "", "").value());
        assertEquals("plan_edit.out_of_range", DraftChanges.costShare("SCOPERTO", "", "120", "50").errorKey());
    }

    @Test
    void theDraftHasOneSetPerPathTheLastWinsAndLocksFollowTheirValue() {
        DraftChanges changes = new DraftChanges();
        changes.put(new DraftChanges.Change("contributions/worker", Json.createValue("70.00"), false));
        changes.put(new DraftChanges.Change("contributions/worker", Json.createValue("72.00"), true));
        changes.put(new DraftChanges.Change("options/familyExtension", JsonValue.TRUE, false));
        var json = changes.toJson(LocalDate.of(2027, 1, 1));
        assertEquals("2027-01-01", json.getString("effectiveFrom"));
        assertEquals(Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("op", "set").add("path", "contributions/worker").add("value", "72.00"))
                .add(Json.createObjectBuilder().add("op", "lock").add("path", "contributions/worker"))
                .add(Json.createObjectBuilder().add("op", "set").add("path", "options/familyExtension").add("value", true))
                .build(), json.getJsonArray("changes"));
        changes.remove("contributions/worker");
        assertEquals(1, changes.list().size());
        changes.clear();
        assertTrue(changes.isEmpty());
    }
}
