package it.mutua.app.member.contribution.domain;

import it.mutua.app.plan.domain.FamilyRole;
import it.mutua.app.plan.domain.Money;

/** What one insured person costs in the period: role and age (at the period's start) decide the amount. */
public record ContributionLine(long memberId, String fiscalCode, FamilyRole role, int age, Money amount) {
}
