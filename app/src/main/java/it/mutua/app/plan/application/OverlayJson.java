package it.mutua.app.plan.application;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import it.mutua.app.kernel.Jsons;
import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.plan.domain.BenefitArea;
import it.mutua.app.plan.domain.CostShare;
import it.mutua.app.plan.domain.FieldChange;
import it.mutua.app.plan.domain.Money;
import it.mutua.app.plan.domain.Overlay;
import it.mutua.app.plan.domain.Percent;
import it.mutua.app.plan.domain.PlanPaths;

/**
 * The JSON form of an {@link Overlay}: what a layer's author sends and what {@code plan_layer_version.overlay} stores.
 *
 * <pre>
 * {"changes": [
 *   {"op": "addBenefit", "code": "DENTAL", "area": "DENTAL", "name": "Cure odontoiatriche"},
 *   {"op": "set", "path": "contributions/worker", "value": "72.00"},
 *   {"op": "set", "path": "benefits/DENTAL/regimes/OUT_OF_NETWORK/costShare",
 *                 "value": {"type": "SCOPERTO", "percent": "20", "minimum": "50.00"}},
 *   {"op": "remove", "path": "benefits/DENTAL/regimes/OTHER_NETWORK"},
 *   {"op": "lock", "path": "benefits/DENTAL/ceilings/perPersonYear"}
 * ]}
 * </pre>
 *
 * A value's JSON type follows its path's type ({@link PlanPaths#typeOf}): text and areas are strings; money is a
 * decimal string in euros ("60.00"; a JSON number is accepted on input, never written, so no client parses it as a
 * double); booleans; waiting days and ages are integers; a cost share is an object whose {@code type} is FIXED or
 * FRANCHIGIA (with {@code amount}), SCOPERTO (with {@code percent} and {@code minimum}) or NONE. Order is kept:
 * a benefit is added before its fields are set. Errors name the JSON position ({@code changes[2].value}), or the
 * plan path when the value has the right shape but breaks a rule of the field.
 */
public final class OverlayJson {

    private OverlayJson() {
    }

    /** Parses a JSON document; anything that is not a JSON object is {@code request.malformed_json}. */
    public static JsonObject parseObject(String json) {
        if (json == null || json.isBlank()) {
            throw RuleViolation.invalid("body", "request.body_required");
        }
        try (var reader = Jsons.reader(new StringReader(json))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw RuleViolation.invalid("body", "request.malformed_json");
        }
    }

    public static Overlay read(String json) {
        return read(parseObject(json));
    }

    public static Overlay read(JsonObject document) {
        JsonValue changes = document.get("changes");
        if (!(changes instanceof JsonArray array)) {
            throw RuleViolation.invalid("changes", "plan.json.changesRequired");
        }
        var result = new ArrayList<FieldChange>();
        for (int i = 0; i < array.size(); i++) {
            String at = "changes[" + i + "]";
            if (!(array.get(i) instanceof JsonObject change)) {
                throw RuleViolation.invalid(at, "plan.json.changeNotObject");
            }
            result.add(change(change, at));
        }
        return new Overlay(result);
    }

    private static FieldChange change(JsonObject change, String at) {
        String op = text(change, "op", at);
        return switch (op) {
            case "addBenefit" -> new FieldChange.AddBenefit(text(change, "code", at), area(change, at),
                    text(change, "name", at));
            case "set" -> {
                String path = text(change, "path", at);
                JsonValue value = change.get("value");
                if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                    throw RuleViolation.invalid(path, "plan.value.missing");
                }
                yield new FieldChange.Set(path, value(path, value, at + ".value"));
            }
            case "remove" -> new FieldChange.Remove(text(change, "path", at));
            case "lock" -> new FieldChange.Lock(text(change, "path", at));
            default -> throw RuleViolation.invalid(at + ".op", "plan.json.opUnknown", op);
        };
    }

    private static BenefitArea area(JsonObject change, String at) {
        String area = text(change, "area", at);
        try {
            return BenefitArea.valueOf(area);
        } catch (IllegalArgumentException e) {
            throw RuleViolation.invalid(at + ".area", "plan.json.areaUnknown", area);
        }
    }

    /** Reads a value as the type its path holds; an unknown path is left to the domain, which names it. */
    static Object value(String path, JsonValue value, String at) {
        PlanPaths.Type type = PlanPaths.typeOf(path).orElse(null);
        if (type == null) {
            throw RuleViolation.invalid(path, "plan.path.unknown", path);
        }
        return switch (type) {
            case TEXT -> string(value, at);
            case AREA -> {
                try {
                    yield BenefitArea.valueOf(string(value, at));
                } catch (IllegalArgumentException e) {
                    throw RuleViolation.invalid(at, "plan.json.areaUnknown", value.toString());
                }
            }
            case MONEY -> money(value, at);
            case BOOLEAN -> switch (value.getValueType()) {
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                default -> throw wrongType(at, "boolean");
            };
            case DAYS, AGE -> {
                if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
                    throw wrongType(at, "integer");
                }
                try {
                    yield number.bigDecimalValue().intValueExact();
                } catch (ArithmeticException e) {
                    throw wrongType(at, "integer");
                }
            }
            case COST_SHARE -> costShare(value, at);
        };
    }

    private static CostShare costShare(JsonValue value, String at) {
        if (!(value instanceof JsonObject share)) {
            throw wrongType(at, "costShare");
        }
        String type = text(share, "type", at);
        return switch (type) {
            case "FIXED" -> new CostShare.FixedAmount(money(share.get("amount"), at + ".amount"));
            case "FRANCHIGIA" -> new CostShare.Franchigia(money(share.get("amount"), at + ".amount"));
            case "SCOPERTO" -> new CostShare.Scoperto(new Percent(decimal(share.get("percent"), at + ".percent")),
                    money(share.get("minimum"), at + ".minimum"));
            case "NONE" -> new CostShare.NoShare();
            default -> throw RuleViolation.invalid(at + ".type", "plan.json.costShareUnknown", type);
        };
    }

    private static Money money(JsonValue value, String at) {
        return new Money(decimal(value, at));
    }

    private static BigDecimal decimal(JsonValue value, String at) {
        if (value instanceof JsonNumber number) {
            return number.bigDecimalValue();
        }
        if (value instanceof JsonString string) {
            try {
                BigDecimal amount = new BigDecimal(string.getString().strip());
                if (amount.scale() > 2 || amount.abs().compareTo(BigDecimal.valueOf(1_000_000_000)) > 0) {
                    throw RuleViolation.invalid(at, "plan.json.decimalInvalid", string.getString());
                }
                return amount;
            } catch (NumberFormatException e) {
                throw RuleViolation.invalid(at, "plan.json.decimalInvalid", string.getString());
            }
        }
        throw wrongType(at, "decimal");
    }

    private static String text(JsonObject object, String key, String at) {
        JsonValue value = object.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            throw RuleViolation.invalid(at + "." + key, "plan.json.memberRequired", key);
        }
        return string(value, at + "." + key);
    }

    private static String string(JsonValue value, String at) {
        if (!(value instanceof JsonString string)) {
            throw wrongType(at, "string");
        }
        return string.getString();
    }

    private static RuleViolation wrongType(String at, String expected) {
        return RuleViolation.invalid(at, "plan.value.wrongType", expected);
    }

    public static String write(Overlay overlay) {
        return toJson(overlay).toString();
    }

    public static JsonObject toJson(Overlay overlay) {
        JsonArrayBuilder changes = Jsons.arrayBuilder();
        for (FieldChange change : overlay.changes()) {
            JsonObjectBuilder c = Jsons.objectBuilder();
            switch (change) {
                case FieldChange.AddBenefit add -> c.add("op", "addBenefit").add("code", add.code())
                        .add("area", add.area().name()).add("name", add.name());
                case FieldChange.Set set -> c.add("op", "set").add("path", set.path()).add("value", toJson(set.value()));
                case FieldChange.Remove remove -> c.add("op", "remove").add("path", remove.path());
                case FieldChange.Lock lock -> c.add("op", "lock").add("path", lock.path());
            }
            changes.add(c);
        }
        return Jsons.objectBuilder().add("changes", changes).build();
    }

    /** A plan value as JSON, in the format above (also used for the effective plan's fields). */
    public static JsonValue toJson(Object value) {
        return switch (value) {
            case String s -> Jsons.value(s);
            case Boolean b -> b ? JsonValue.TRUE : JsonValue.FALSE;
            case Integer i -> Jsons.value(i);
            case Money m -> Jsons.value(m.amount().toPlainString());
            case BenefitArea a -> Jsons.value(a.name());
            case CostShare.FixedAmount f -> share("FIXED").add("amount", f.perEvent().amount().toPlainString()).build();
            case CostShare.Franchigia f -> share("FRANCHIGIA").add("amount", f.perEvent().amount().toPlainString())
                    .build();
            case CostShare.Scoperto s -> share("SCOPERTO").add("percent", s.percent().value().toPlainString())
                    .add("minimum", s.minimum().amount().toPlainString()).build();
            case CostShare.NoShare n -> share("NONE").build();
            default -> throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
        };
    }

    private static JsonObjectBuilder share(String type) {
        return Jsons.objectBuilder().add("type", type);
    }
}
