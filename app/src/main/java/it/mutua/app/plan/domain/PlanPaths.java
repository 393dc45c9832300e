package it.mutua.app.plan.domain;

import it.mutua.app.kernel.RuleViolation;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The grammar of plan field paths and the single-field rules (type, sign, range). Every path a layer may set is one
 * line of {@link #FIELDS}; {@code {x}} segments are keys (benefit code, regime, role…). Cross-field rules (a ceiling
 * below its sub-ceiling, a minimum above the ceiling) need the resolved plan and live in {@link PlanValidator}.
 */
public final class PlanPaths {

    /** The type of value a path holds: what a serialized overlay needs to read a value back. */
    public enum Type { TEXT, MONEY, BOOLEAN, DAYS, AGE, COST_SHARE, AREA }

    private record Field(String[] segments, Type type) {
    }

    private static final List<Field> FIELDS = List.of(
            field("name", Type.TEXT),
            field("contributions/worker", Type.MONEY),
            field("contributions/family/{role}/{ageBand}", Type.MONEY),
            field("options/familyExtension", Type.BOOLEAN),
            field("benefits/{code}/area", Type.AREA),
            field("benefits/{code}/name", Type.TEXT),
            field("benefits/{code}/vincolata", Type.BOOLEAN),
            field("benefits/{code}/regimes/{regime}/costShare", Type.COST_SHARE),
            field("benefits/{code}/ceilings/perPersonYear", Type.MONEY),
            field("benefits/{code}/ceilings/perFamilyYear", Type.MONEY),
            field("benefits/{code}/subCeilings/{key}", Type.MONEY),
            field("benefits/{code}/minimumPerRequest", Type.MONEY),
            field("benefits/{code}/waitingDays/{cause}", Type.DAYS),
            field("benefits/{code}/eligibility/roles/{role}", Type.BOOLEAN),
            field("benefits/{code}/eligibility/minAge", Type.AGE),
            field("benefits/{code}/eligibility/maxAge", Type.AGE));

    /** Collections: a lower layer may add entries under these (the ADDITIVE rule). */
    private static final List<String[]> COLLECTIONS = List.of(
            "benefits".split("/"),
            "contributions/family".split("/"),
            "benefits/{code}/regimes".split("/"),
            "benefits/{code}/subCeilings".split("/"),
            "benefits/{code}/waitingDays".split("/"),
            "benefits/{code}/eligibility/roles".split("/"));

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,39}");
    private static final int MAX_DAYS = 3650;
    private static final int MAX_AGE = 130;

    public static final String NAME = "name";
    public static final String WORKER_CONTRIBUTION = "contributions/worker";
    public static final String FAMILY_EXTENSION = "options/familyExtension";

    private PlanPaths() {
    }

    private static Field field(String pattern, Type type) {
        return new Field(pattern.split("/"), type);
    }

    public static String familyContribution(FamilyRole role, AgeBand band) {
        return "contributions/family/" + role + "/" + band.key();
    }

    public static String benefit(String code) {
        return "benefits/" + code;
    }

    public static String benefitArea(String code) {
        return benefit(code) + "/area";
    }

    public static String benefitName(String code) {
        return benefit(code) + "/name";
    }

    public static String vincolata(String code) {
        return benefit(code) + "/vincolata";
    }

    public static String costShare(String code, ProviderRegime regime) {
        return benefit(code) + "/regimes/" + regime + "/costShare";
    }

    public static String perPersonYear(String code) {
        return benefit(code) + "/ceilings/perPersonYear";
    }

    public static String perFamilyYear(String code) {
        return benefit(code) + "/ceilings/perFamilyYear";
    }

    public static String subCeiling(String code, String key) {
        return benefit(code) + "/subCeilings/" + key;
    }

    public static String minimumPerRequest(String code) {
        return benefit(code) + "/minimumPerRequest";
    }

    public static String waitingDays(String code, WaitingCause cause) {
        return benefit(code) + "/waitingDays/" + cause;
    }

    public static String eligibleRole(String code, FamilyRole role) {
        return benefit(code) + "/eligibility/roles/" + role;
    }

    public static String minAge(String code) {
        return benefit(code) + "/eligibility/minAge";
    }

    public static String maxAge(String code) {
        return benefit(code) + "/eligibility/maxAge";
    }

    /** The benefit code a path is about, or null when it is a plan-level path. */
    static String benefitCodeOf(String path) {
        if (!path.startsWith("benefits/")) {
            return null;
        }
        int end = path.indexOf('/', 9);
        return end < 0 ? path.substring(9) : path.substring(9, end);
    }

    static void validateBenefitCode(String code, String field) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw RuleViolation.invalid(field, "plan.benefit.codeInvalid", code);
        }
    }

    /** Checks that {@code value} may be stored at {@code path}: known path, right type, allowed sign and range. */
    static void validateValue(String path, Object value) {
        Field field = fieldOf(path);
        if (field == null) {
            throw RuleViolation.invalid(path, "plan.path.unknown", path);
        }
        if (value == null) {
            throw RuleViolation.invalid(path, "plan.value.missing");
        }
        switch (field.type()) {
            case TEXT -> {
                if (!(value instanceof String text) || text.isBlank()) {
                    throw RuleViolation.invalid(path, path.equals(NAME) ? "plan.name.empty" : "plan.text.empty");
                }
            }
            case MONEY -> {
                if (!(value instanceof Money money)) {
                    throw wrongType(path, "money");
                }
                requireNotNegative(path, money);
            }
            case BOOLEAN -> {
                if (!(value instanceof Boolean)) {
                    throw wrongType(path, "boolean");
                }
            }
            case DAYS -> requireIntBetween(path, value, MAX_DAYS);
            case AGE -> requireIntBetween(path, value, MAX_AGE);
            case AREA -> {
                if (!(value instanceof BenefitArea)) {
                    throw wrongType(path, "area");
                }
            }
            case COST_SHARE -> validateCostShare(path, value);
        }
    }

    private static void validateCostShare(String path, Object value) {
        if (!(value instanceof CostShare share)) {
            throw wrongType(path, "costShare");
        }
        switch (share) {
            case CostShare.FixedAmount fixed -> requireNotNegative(path, fixed.perEvent());
            case CostShare.Franchigia franchigia -> requireNotNegative(path, franchigia.perEvent());
            case CostShare.Scoperto scoperto -> {
                if (!scoperto.percent().isWithin0To100()) {
                    throw RuleViolation.invalid(path, "plan.scoperto.percentOutOfRange", scoperto.percent());
                }
                requireNotNegative(path, scoperto.minimum());
            }
            case CostShare.NoShare none -> { }
        }
    }

    private static void requireNotNegative(String path, Money money) {
        if (money.isNegative()) {
            throw RuleViolation.invalid(path, "plan.money.negative", money);
        }
    }

    private static void requireIntBetween(String path, Object value, int max) {
        if (!(value instanceof Integer number)) {
            throw wrongType(path, "integer");
        }
        if (number < 0 || number > max) {
            throw RuleViolation.invalid(path, "plan.number.outOfRange", number, 0, max);
        }
    }

    private static RuleViolation wrongType(String path, String expected) {
        return RuleViolation.invalid(path, "plan.value.wrongType", expected);
    }

    /** A lock may cover a whole subtree ("benefits/DENTAL") or one field; it must fit the grammar. */
    static void validateLockPath(String path) {
        String[] segments = split(path);
        boolean fits = FIELDS.stream().anyMatch(f -> matches(f.segments(), segments, true));
        if (!fits) {
            throw RuleViolation.invalid(path, "plan.path.unknown", path);
        }
    }

    /** Removable: a whole benefit, an entry of a collection, or an optional field — never a required one. */
    static void validateRemovePath(String path) {
        validateLockPath(path);
        if (path.equals(NAME) || path.endsWith("/area") || path.endsWith("/name") || path.equals("benefits")) {
            throw RuleViolation.invalid(path, "plan.field.required", path);
        }
    }

    /** ADDITIVE for collections, OVERRIDE for everything else (locks are applied on top by the resolver). */
    public static FieldRule naturalRule(String path) {
        String[] segments = split(path);
        return COLLECTIONS.stream().anyMatch(c -> matches(c, segments, false)) ? FieldRule.ADDITIVE : FieldRule.OVERRIDE;
    }

    /** The type of value {@code path} holds, or empty when the path is not in the grammar. */
    public static java.util.Optional<Type> typeOf(String path) {
        return java.util.Optional.ofNullable(fieldOf(path)).map(Field::type);
    }

    private static Field fieldOf(String path) {
        String[] segments = split(path);
        for (Field field : FIELDS) {
            if (matches(field.segments(), segments, false)) {
                return field;
            }
        }
        return null;
    }

    private static String[] split(String path) {
        return path == null || path.isEmpty() ? new String[0] : path.split("/", -1);
    }

    private static boolean matches(String[] pattern, String[] segments, boolean prefixAllowed) {
        if (segments.length == 0 || segments.length > pattern.length
                || (!prefixAllowed && segments.length != pattern.length)) {
            return false;
        }
        for (int i = 0; i < segments.length; i++) {
            if (!segmentMatches(pattern[i], segments[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean segmentMatches(String pattern, String segment) {
        return switch (pattern) {
            case "{code}" -> CODE.matcher(segment).matches();
            case "{key}" -> KEY.matcher(segment).matches();
            case "{role}" -> isConstant(FamilyRole.class, segment);
            case "{regime}" -> isConstant(ProviderRegime.class, segment);
            case "{cause}" -> isConstant(WaitingCause.class, segment);
            case "{ageBand}" -> isAgeBand(segment);
            default -> pattern.equals(segment);
        };
    }

    private static <E extends Enum<E>> boolean isConstant(Class<E> type, String segment) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(segment)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAgeBand(String segment) {
        try {
            AgeBand.parse(segment, segment);
            return true;
        } catch (RuleViolation e) {
            return false;
        }
    }
}
