package it.mutua.admin.plan;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The changes a layer owner is preparing for a draft of their own layer, in the API's overlay format
 * ({@code {"effectiveFrom": …, "changes": [{"op":"set","path":…,"value":…}, {"op":"lock","path":…}]}}). One set per
 * path (the last one wins); typed input is turned into the JSON the API expects, or a translation key of the reason
 * it cannot be (shown next to the field).
 */
public final class DraftChanges {

    /** A change of one path: the value to set (null = keep) and whether to lock it for the layers below. */
    public record Change(String path, JsonValue value, boolean lock) {
    }

    /** Typed input turned into a JSON value, or the key of the message saying why not. */
    public record Parsed(JsonValue value, String errorKey) {
        static Parsed ok(JsonValue value) {
            return new Parsed(value, null);
        }

        static Parsed error(String key) {
            return new Parsed(null, key);
        }

        public boolean isOk() {
            return errorKey == null;
        }
    }

    private final Map<String, Change> changes = new LinkedHashMap<>();

    public void put(Change change) {
        changes.put(change.path(), change);
    }

    public void remove(String path) {
        changes.remove(path);
    }

    public void clear() {
        changes.clear();
    }

    public List<Change> list() {
        return new ArrayList<>(changes.values());
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public Optional<Change> of(String path) {
        return Optional.ofNullable(changes.get(path));
    }

    public JsonObject toJson(LocalDate effectiveFrom) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (Change change : changes.values()) {
            if (change.value() != null) {
                list.add(Json.createObjectBuilder().add("op", "set").add("path", change.path()).add("value", change.value()));
            }
            if (change.lock()) {
                list.add(Json.createObjectBuilder().add("op", "lock").add("path", change.path()));
            }
        }
        return Json.createObjectBuilder().add("effectiveFrom", effectiveFrom.toString()).add("changes", list).build();
    }

    /** Euros as typed ("72", "72,5", "1.026,50", "72.50") → "72.50"; negative or more than 2 decimals refused. */
    public static Parsed money(String input) {
        if (input == null || input.isBlank()) {
            return Parsed.error("plan_edit.value_required");
        }
        String text = input.strip().replace("€", "").replace(" ", "");
        if (text.contains(",")) {
            text = text.replace(".", "").replace(",", ".");
        }
        try {
            BigDecimal amount = new BigDecimal(text);
            if (amount.signum() < 0) {
                return Parsed.error("plan_edit.not_negative");
            }
            if (amount.stripTrailingZeros().scale() > 2) {
                return Parsed.error("plan_edit.cents");
            }
            return Parsed.ok(Json.createValue(amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString()));
        } catch (NumberFormatException | ArithmeticException e) {
            return Parsed.error("plan_edit.not_money");
        }
    }

    /** A whole number from 0 to {@code max} (waiting days, ages). */
    public static Parsed whole(String input, int max) {
        try {
            int n = Integer.parseInt(input == null ? "" : input.strip());
            return n < 0 || n > max ? Parsed.error("plan_edit.out_of_range") : Parsed.ok(Json.createValue(n));
        } catch (NumberFormatException e) {
            return Parsed.error("plan_edit.not_whole");
        }
    }

    public static Parsed text(String input) {
        return input == null || input.isBlank() ? Parsed.error("plan_edit.value_required") : Parsed.ok(Json.createValue(input.strip()));
    }

    public static Parsed bool(boolean value) {
        return Parsed.ok(value ? JsonValue.TRUE : JsonValue.FALSE);
    }

    /** A cost share: FIXED / FRANCHIGIA with an amount, SCOPERTO with percent (0–100) and minimum, NONE. */
    public static Parsed costShare(String type, String amount, String percent, String minimum) {
        JsonObjectBuilder share = Json.createObjectBuilder().add("type", String.valueOf(type));
        switch (String.valueOf(type)) {
            case "FIXED", "FRANCHIGIA" -> {
                Parsed money = money(amount);
                if (!money.isOk()) {
                    return money;
                }
                share.add("amount", money.value());
            }
            case "SCOPERTO" -> {
                Parsed pct = whole(percent, 100);
                Parsed min = money(minimum);
                if (!pct.isOk()) {
                    return pct;
                }
                if (!min.isOk()) {
                    return min;
                }
                share.add("percent", pct.value().toString()).add("minimum", min.value());
            }
            case "NONE" -> { }
            default -> {
                return Parsed.error("plan_edit.value_required");
            }
        }
        return Parsed.ok(share.build());
    }
}
