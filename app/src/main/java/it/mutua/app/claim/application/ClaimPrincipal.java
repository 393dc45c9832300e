package it.mutua.app.claim.application;

import java.util.Optional;

import it.mutua.app.problem.ProblemException;
import it.mutua.app.security.Caller;
import it.mutua.app.security.Roles;

/**
 * Who is calling a claim endpoint: the verified caller plus, for a member, the fiscal code of the token's
 * {@code member} claim. Only members and claims officers are claim users; everyone else is told the claim does not
 * exist (404), which is what the employer cooperative must see (DESIGN §3).
 */
public record ClaimPrincipal(Caller caller, Optional<String> memberFiscalCode) {

    public boolean officer() {
        return caller.hasRole(Roles.CLAIMS_OFFICER);
    }

    public boolean member() {
        return caller.hasRole(Roles.MEMBER) && memberFiscalCode.isPresent();
    }

    /** The role written in the audit trail and the access log: the strongest claim role the caller holds. */
    public String role() {
        return officer() ? Roles.CLAIMS_OFFICER : member() ? Roles.MEMBER : "none";
    }

    public String username() {
        return caller.username();
    }

    /** 404 for anyone who is neither a member with a fiscal code nor a claims officer. */
    public ClaimPrincipal requireClaimUser() {
        if (!officer() && !member()) {
            throw ProblemException.notFound("claim.not_found", "");
        }
        return this;
    }

    public ClaimPrincipal requireOfficer() {
        requireClaimUser();
        if (!officer()) {
            throw ProblemException.forbidden("claim.officer_only");
        }
        return this;
    }
}
