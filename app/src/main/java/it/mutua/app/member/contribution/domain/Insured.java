package it.mutua.app.member.contribution.domain;

import java.time.LocalDate;

import it.mutua.app.plan.domain.FamilyRole;

/** A person with coverage in the period: a worker (role WORKER) or a family member of one. */
public record Insured(long memberId, String fiscalCode, FamilyRole role, LocalDate birthDate, String planCode) {
}
