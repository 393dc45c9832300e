package it.mutua.app.member.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The person index in {@code control} (ADR 0010): every enrolment of every tenant, by codice fiscale. Written in the
 * same transaction as the enrolment (the table is schema-qualified, so the tenant's connection reaches it), read
 * without opening any tenant schema.
 */
public interface PersonIndex {

    /** Inserts or replaces the row of this enrolment. */
    void put(IndexedEnrolment row);

    /** The enrolments of {@code fiscalCode} covering {@code date}, earliest start first. */
    List<IndexedEnrolment> covering(String fiscalCode, LocalDate date);

    /** Every enrolment of any of these codici fiscali, in any tenant, earliest start first: one read for a batch. */
    List<IndexedEnrolment> ofAll(java.util.Collection<String> fiscalCodes);

    /** Every enrolment of {@code fiscalCode}, in any tenant, earliest start first. */
    List<IndexedEnrolment> of(String fiscalCode);

    /** Codici fiscali with overlapping periods in two or more tenants, sorted; a page of them. */
    List<String> duplicatedFiscalCodes(int offset, int limit);

    long countDuplicatedFiscalCodes();
}
