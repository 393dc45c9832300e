package it.mutua.admin.plan;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The type of a plan field, from its path, as the API's plan paths define it: what the editor offers and how a value
 * is written. An unknown path is {@link #OTHER} and not editable here.
 */
public enum FieldType {
    TEXT, MONEY, BOOLEAN, DAYS, AGE, COST_SHARE, AREA, OTHER;

    private record Rule(Pattern pattern, FieldType type) {
    }

    private static final String SEG = "[^/]+";
    private static final List<Rule> RULES = List.of(
            rule("name", TEXT),
            rule("contributions/worker", MONEY),
            rule("contributions/family/" + SEG + "/" + SEG, MONEY),
            rule("options/familyExtension", BOOLEAN),
            rule("benefits/" + SEG + "/area", AREA),
            rule("benefits/" + SEG + "/name", TEXT),
            rule("benefits/" + SEG + "/vincolata", BOOLEAN),
            rule("benefits/" + SEG + "/regimes/" + SEG + "/costShare", COST_SHARE),
            rule("benefits/" + SEG + "/ceilings/perPersonYear", MONEY),
            rule("benefits/" + SEG + "/ceilings/perFamilyYear", MONEY),
            rule("benefits/" + SEG + "/subCeilings/" + SEG, MONEY),
            rule("benefits/" + SEG + "/minimumPerRequest", MONEY),
            rule("benefits/" + SEG + "/waitingDays/" + SEG, DAYS),
            rule("benefits/" + SEG + "/eligibility/roles/" + SEG, BOOLEAN),
            rule("benefits/" + SEG + "/eligibility/minAge", AGE),
            rule("benefits/" + SEG + "/eligibility/maxAge", AGE));

    private static Rule rule(String regex, FieldType type) {
        return new Rule(Pattern.compile(regex), type);
    }

    public static FieldType of(String path) {
        return RULES.stream().filter(r -> r.pattern().matcher(path).matches()).map(Rule::type).findFirst().orElse(OTHER);
    }

    public boolean editable() {
        return this != AREA && this != OTHER;
    }
}
