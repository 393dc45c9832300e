package it.mutua.app.member.application;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import it.mutua.app.catalog.application.Page;
import it.mutua.app.member.domain.IndexedEnrolment;
import it.mutua.app.member.domain.PersonIndex;

/**
 * People covered twice: the same codice fiscale with overlapping periods in two tenants (a person working in two
 * cooperatives must not be covered twice). Answered from the person index in {@code control} only.
 */
@ApplicationScoped
@Transactional
public class DuplicateQuery {

    @Inject
    PersonIndex index;

    /** One person and every enrolment of theirs, in any tenant. */
    public record Duplicate(String fiscalCode, List<IndexedEnrolment> enrolments) {
    }

    public Page<Duplicate> page(int page, int size) {
        List<Duplicate> items = index.duplicatedFiscalCodes(page * size, size).stream()
                .map(code -> new Duplicate(code, index.of(code))).toList();
        return new Page<>(items, page, size, index.countDuplicatedFiscalCodes());
    }
}
