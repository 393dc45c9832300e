package it.mutua.app.member.application;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import it.mutua.app.kernel.FiscalCode;
import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.member.domain.HistoryEntry;
import it.mutua.app.member.domain.IdentityCheck;
import it.mutua.app.member.domain.Member;
import it.mutua.app.member.domain.MemberChanges;
import it.mutua.app.member.domain.MemberRepository;
import it.mutua.app.plan.domain.FamilyRole;
import it.mutua.app.problem.ProblemException;

/**
 * A worker-member's family: spouse or partner, children, other dependants, each a person with their own codice
 * fiscale. A family member added while the holder is covered is enrolled at once, if the plan covers their role at
 * their age; otherwise the request is refused (422) and nothing is stored.
 */
@ApplicationScoped
@Transactional
public class FamilyService {

    @Inject
    MemberRepository members;
    @Inject
    MemberService registry;
    @Inject
    EnrolmentService enrolments;
    @Inject
    MemberFigures figures;

    /** A family member to add: role (SPOUSE, CHILD, OTHER_DEPENDANT), identity, names, coverage from (default today). */
    public record NewRelative(String role, String fiscalCode, String givenName, String familyName, LocalDate birthDate,
                              String sex, LocalDate from) {
    }

    public Member add(String holderFiscalCode, NewRelative request, String actor) {
        if (request == null) {
            throw RuleViolation.invalid("body", "request.body_required");
        }
        Member holder = registry.get(holderFiscalCode);
        FamilyRole role = role(request.role());
        FiscalCode code = FiscalCode.parse(request.fiscalCode());
        LocalDate birth = IdentityCheck.birthDate(code, request.birthDate(), MemberService.sex(request.sex()),
                LocalDate.now());
        if (members.findByFiscalCode(code.value()).isPresent()) {
            throw ProblemException.conflict("member.exists", code.value());
        }
        if (role == FamilyRole.SPOUSE && members.familyOf(holder.id()).stream()
                .anyMatch(r -> r.familyRole() == FamilyRole.SPOUSE && enrolments.periods(r).stream()
                        .anyMatch(e -> e.endDate() == null))) {
            throw RuleViolation.conflict("member.family.spouse_exists", holder.fiscalCode());
        }
        Member relative = Member.familyOf(holder, role, code, birth, request.givenName(), request.familyName());
        members.add(relative);
        registry.record(relative, HistoryEntry.Action.REGISTERED,
                MemberChanges.between(Map.of(), relative.snapshot()), actor);
        figures.add(MemberFigures.FAMILY_MEMBERS, 1);
        enrolments.enrolFamilyMember(holder, relative, request.from() == null ? LocalDate.now() : request.from(), actor);
        return relative;
    }

    /** The family member stops being covered after {@code lastDay}; the record and the history stay. */
    public Member end(String holderFiscalCode, String fiscalCode, LocalDate lastDay, String actor) {
        if (lastDay == null) {
            throw RuleViolation.invalid("date", "member.end_date.required");
        }
        Member holder = registry.get(holderFiscalCode);
        Member relative = registry.get(fiscalCode);
        if (!holder.id().equals(relative.holderId())) {
            throw ProblemException.notFound("member.not_found", fiscalCode);
        }
        enrolments.endFamilyMember(holder, relative, lastDay, actor);
        return relative;
    }

    static FamilyRole role(String raw) {
        try {
            FamilyRole role = FamilyRole.valueOf(raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT));
            if (role != FamilyRole.WORKER) {
                return role;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw RuleViolation.invalid("role", "member.family.role", raw);
    }
}
