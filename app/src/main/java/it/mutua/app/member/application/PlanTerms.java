package it.mutua.app.member.application;

import it.mutua.app.plan.domain.Contributions;

/** What enrolment needs of the plan in force: its code, whether it extends to families, and its age bands. */
public record PlanTerms(String planCode, boolean familyExtension, Contributions contributions) {
}
