package it.mutua.app.member.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The members of the tenant in context, with their history and consent records. */
public interface MemberRepository {

    Optional<Member> findByFiscalCode(String fiscalCode);

    Optional<Member> findById(long id);

    /** The members with any of these codici fiscali (one read for a batch). */
    List<Member> findByFiscalCodes(java.util.Collection<String> fiscalCodes);

    /** The family members of any of these holders, by holder, then birth date (one read for a batch). */
    List<Member> familyOfAll(java.util.Collection<Long> holderIds);

    /** Stores a new member and assigns its id at once (family members and history need it). */
    void add(Member member);

    /** The holder's family members (spouse, children, other dependants), by birth date. */
    List<Member> familyOf(long holderId);

    /** Workers (role WORKER) with an employment active on {@code date} or starting after it. */
    List<Member> workersEmployedOnOrAfter(LocalDate date);

    /**
     * Members whose family name, given name or codice fiscale contains {@code text} (all when blank), sorted by
     * {@code sort} (familyName, givenName, fiscalCode, birthDate, createdAt), ties broken by id.
     */
    List<Member> search(String text, String sort, boolean descending, int offset, int limit);

    long count(String text);

    /** The next {@code limit} members after id {@code afterId}, by id: a keyset page for streaming exports. */
    List<Member> batchAfter(long afterId, int limit);

    /** Codici fiscali of the members with these ids. */
    java.util.Map<Long, String> fiscalCodesOf(java.util.Collection<Long> ids);

    void addHistory(HistoryEntry entry);

    /** Newest first. */
    List<HistoryEntry> history(long memberId, int offset, int limit);

    void addConsent(ConsentRecord consent);

    /** Oldest first. */
    List<ConsentRecord> consents(long memberId);
}
