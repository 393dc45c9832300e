package it.mutua.admin.plan;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * Plan fields in plain words, in the user's language: the label of a path ("Massimale per persona/anno"), a value
 * ("€ 700,00", "scoperto 30%, minimo € 60,00", "Sì") and its provenance ("Modificato da Federazione sociale"). Pure
 * Java over a translation function, so it is unit-tested against the real bundles without a browser.
 */
public final class PlanTexts {

    private final BiFunction<String, Object[], String> translate;
    private final Locale locale;

    public PlanTexts(BiFunction<String, Object[], String> translate, Locale locale) {
        this.translate = translate;
        this.locale = locale;
    }

    private String t(String key, Object... args) {
        return translate.apply(key, args);
    }

    /** The field's label without its benefit (the benefit is the section it is shown in). */
    public String label(String path) {
        String[] s = path.split("/");
        if (path.equals("name")) {
            return t("plan_field.name");
        }
        if (path.equals("contributions/worker")) {
            return t("plan_field.contribution_worker");
        }
        if (s.length == 4 && path.startsWith("contributions/family/")) {
            return t("plan_field.contribution_family", coded("plan_role.", s[2]), s[3]);
        }
        if (path.equals("options/familyExtension")) {
            return t("plan_field.family_extension");
        }
        if (s.length < 3 || !"benefits".equals(s[0])) {
            return path;
        }
        String rest = path.substring(("benefits/" + s[1] + "/").length());
        return switch (rest) {
            case "area" -> t("plan_field.area");
            case "name" -> t("plan_field.benefit_name");
            case "vincolata" -> t("plan_field.vincolata");
            case "ceilings/perPersonYear" -> t("plan_field.ceiling_person");
            case "ceilings/perFamilyYear" -> t("plan_field.ceiling_family");
            case "minimumPerRequest" -> t("plan_field.minimum_per_request");
            case "eligibility/minAge" -> t("plan_field.min_age");
            case "eligibility/maxAge" -> t("plan_field.max_age");
            default -> benefitDetail(s, rest);
        };
    }

    private String benefitDetail(String[] s, String rest) {
        if (s.length == 5 && rest.startsWith("regimes/") && "costShare".equals(s[4])) {
            return t("plan_field.cost_share", coded("plan_regime.", s[3]));
        }
        if (s.length == 4 && rest.startsWith("subCeilings/")) {
            return t("plan_field.sub_ceiling", s[3]);
        }
        if (s.length == 4 && rest.startsWith("waitingDays/")) {
            return t("plan_field.waiting_days", coded("plan_cause.", s[3]));
        }
        if (s.length == 5 && rest.startsWith("eligibility/roles/")) {
            return t("plan_field.eligible_role", coded("plan_role.", s[4]));
        }
        return rest;
    }

    /** The value in words for the field's type. */
    public String value(String path, JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return "—";
        }
        FieldType type = FieldType.of(path);
        return switch (type) {
            case MONEY -> money(text(value));
            case BOOLEAN -> t(value.getValueType() == JsonValue.ValueType.TRUE ? "plan_value.yes" : "plan_value.no");
            case DAYS -> t("plan_value.days", number(value));
            case AGE -> t("plan_value.years", number(value));
            case COST_SHARE -> value instanceof JsonObject o ? costShare(o) : value.toString();
            case AREA -> coded("plan_area.", text(value));
            default -> text(value);
        };
    }

    public String costShare(JsonObject share) {
        String type = share.getString("type", "");
        return switch (type) {
            case "FIXED" -> t("plan_value.fixed", money(share.getString("amount", "0")));
            case "FRANCHIGIA" -> t("plan_value.franchigia", money(share.getString("amount", "0")));
            case "SCOPERTO" -> t("plan_value.scoperto", share.getString("percent", "0"), money(share.getString("minimum", "0")));
            case "NONE" -> t("plan_value.none");
            default -> share.toString();
        };
    }

    /** "€ 60,00" in Italian, "€60.00" in English: exact decimal euros, never through double. */
    public String money(String decimal) {
        try {
            NumberFormat format = NumberFormat.getCurrencyInstance(locale.getLanguage().equals("it") ? Locale.ITALY : Locale.UK);
            format.setCurrency(java.util.Currency.getInstance("EUR"));
            return format.format(new BigDecimal(decimal));
        } catch (NumberFormatException e) {
            return decimal;
        }
    }

    /** Where the value comes from: "Base nazionale", "Modificato da …", "Aggiunto da …". */
    public String provenance(PlanModel.Field field) {
        String by = field.setBy() == null ? "" : field.setBy().name();
        return switch (field.provenance()) {
            case "CHANGED" -> t("plan_provenance.changed", by);
            case "ADDED" -> t("plan_provenance.added", by);
            default -> t("plan_provenance.base", by);
        };
    }

    /** "Bloccato da …" or empty. */
    public String lock(PlanModel.Field field) {
        return field.lockedBy() == null ? "" : t("plan_provenance.locked", field.lockedBy().name());
    }

    /** The translated level of a layer ("Federazione"), for the provenance legend and badges. */
    public String level(String level) {
        return coded("plan_level.", level);
    }

    private String coded(String prefix, String code) {
        String text = t(prefix + code);
        return text.startsWith("!") && text.endsWith("!") ? code : text;
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString s ? s.getString() : value.toString();
    }

    private static String number(JsonValue value) {
        return value instanceof JsonNumber n ? n.bigDecimalValue().toPlainString() : text(value);
    }
}
