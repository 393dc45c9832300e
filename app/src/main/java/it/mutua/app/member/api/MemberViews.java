package it.mutua.app.member.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import it.mutua.app.member.application.MemberService;
import it.mutua.app.member.application.EnrolmentService;
import it.mutua.app.member.domain.ConsentRecord;
import it.mutua.app.member.domain.Enrolment;
import it.mutua.app.member.domain.HistoryEntry;
import it.mutua.app.member.domain.Member;

/** The JSON shapes of the member API beyond the plain record. */
public final class MemberViews {

    private MemberViews() {
    }

    /** A coverage period. */
    public record PeriodDto(long id, String kind, String planCode, LocalDate startDate, LocalDate endDate,
                            String endReason) {
        static PeriodDto of(Enrolment e) {
            return new PeriodDto(e.id(), e.kind().name(), e.planCode(), e.startDate(), e.endDate(),
                    e.endReason() == null ? null : e.endReason().name());
        }
    }

    /** A consent given or withdrawn. */
    public record ConsentDto(String purpose, boolean granted, OffsetDateTime recordedAt, String recordedBy) {
        static ConsentDto of(ConsentRecord c) {
            return new ConsentDto(c.purpose().name(), c.granted(), c.recordedAt(), c.recordedBy());
        }
    }

    /** One change in a member's history; {@code changes} is the JSON object field -> [old, new]. */
    public record HistoryDto(long id, String action, String changes, OffsetDateTime changedAt, String changedBy) {
        static HistoryDto of(HistoryEntry h) {
            return new HistoryDto(h.id(), h.action(), h.changes(), h.changedAt(), h.changedBy());
        }
    }

    /** A family member with their coverage periods. */
    public record RelativeDto(MemberDto member, List<PeriodDto> periods) {
    }

    /** A member read in full: the record, the holder (for a family member), family, periods and consents. */
    public record MemberDetailDto(MemberDto member, String holderFiscalCode, List<RelativeDto> family,
                                  List<PeriodDto> periods, List<ConsentDto> consents) {
    }

    static List<PeriodDto> periods(EnrolmentService enrolments, Member m) {
        return enrolments.periods(m).stream().map(PeriodDto::of).toList();
    }

    /** The member with family, periods and consents: a holder's unit's periods come in one query, not one per person. */
    static MemberDetailDto detail(MemberService members, EnrolmentService enrolments, Member m) {
        if (!m.isHolder()) {
            return new MemberDetailDto(MemberDto.of(m), members.holderOf(m).fiscalCode(), List.of(), periods(enrolments, m),
                    consents(members, m));
        }
        List<Member> relatives = members.familyOf(m);
        Map<Long, List<Enrolment>> periods = enrolments.periodsOfUnit(m);
        return new MemberDetailDto(MemberDto.of(m), null, relatives(relatives, periods), dtos(periods.get(m.id())),
                consents(members, m));
    }

    static List<RelativeDto> family(MemberService members, EnrolmentService enrolments, Member holder) {
        return relatives(members.familyOf(holder), enrolments.periodsOfUnit(holder));
    }

    private static List<ConsentDto> consents(MemberService members, Member m) {
        return members.consents(m).stream().map(ConsentDto::of).toList();
    }

    private static List<RelativeDto> relatives(List<Member> relatives, Map<Long, List<Enrolment>> periods) {
        return relatives.stream().map(r -> new RelativeDto(MemberDto.of(r), dtos(periods.get(r.id())))).toList();
    }

    private static List<PeriodDto> dtos(List<Enrolment> periods) {
        return periods == null ? List.of() : periods.stream().map(PeriodDto::of).toList();
    }
}
