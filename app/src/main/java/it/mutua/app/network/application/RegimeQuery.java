package it.mutua.app.network.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import it.mutua.app.catalog.domain.Tenant;
import it.mutua.app.catalog.domain.TenantKind;
import it.mutua.app.network.domain.FacilityStanding;
import it.mutua.app.network.domain.StatusHistory;
import it.mutua.app.plan.domain.ProviderRegime;

/**
 * The question claims ask (system level, no caller): which regime does facility F have for a member of tenant T on
 * date D? F is looked up in T's network only (national, plus T's regional mutual), each schema in a transaction of
 * its own, so calling this from inside a claims transaction never mixes schemas on one connection.
 *
 * <ul>
 *   <li>{@code COOPERATIVE_NETWORK}: in T's network, active and under contract on D, a cooperative provider;</li>
 *   <li>{@code OTHER_NETWORK}: the same, not a cooperative provider;</li>
 *   <li>{@code OUT_OF_NETWORK}: unknown id, another region's addition, not active on D (suspended, ended, not yet
 *       started) or outside its convenzione on D.</li>
 * </ul>
 * Facility ids are global (one sequence in {@code control}), so a plain {@code long} names a facility whatever
 * schema holds it; {@link #find(String, long)} accepts the same id as text, as stored in a claim line.
 */
@ApplicationScoped
public class RegimeQuery {

    @Inject
    NetworkScope scope;
    @Inject
    FacilityStore store;

    /**
     * @param memberTenantId the member's tenant (normally a cooperative); it must exist in the catalog
     * @throws IllegalArgumentException if {@code memberTenantId} is not a tenant
     */
    public ProviderRegime regimeOf(long facilityId, long memberTenantId, LocalDate date) {
        return inNetwork(facilityId, memberTenantId).map(f -> f.regimeOn(date)).orElse(FacilityStanding.unknown());
    }

    /**
     * The facility with this reference in the network of {@code memberTenantId}, with its standing, which answers
     * {@link #regimeOf} for any date without another read: a batch of claims asks about the same facility on many days.
     */
    public Optional<NetworkFacility> inNetwork(String facilityRef, long memberTenantId) {
        Long id = parse(facilityRef);
        return id == null ? Optional.empty() : inNetwork(id, memberTenantId);
    }

    private Optional<NetworkFacility> inNetwork(long id, long memberTenantId) {
        for (Tenant owner : scope.networkOf(memberTenantId)) {
            Optional<NetworkFacility> found = scope.in(owner, () -> store.find(id)
                    .map(f -> new NetworkFacility(summary(f, owner), new FacilityStanding(f.details().cooperativeProvider(),
                            f.details().contract(), new StatusHistory(store.history(id))))));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The owners whose registries make up the network of {@code memberTenantId}, by id: national, then regional. */
    public List<Long> networkOwners(long memberTenantId) {
        return scope.networkOf(memberTenantId).stream().map(Tenant::id).toList();
    }

    /** A facility found in a member's network, and its regime on any date. */
    public record NetworkFacility(FacilitySummary summary, FacilityStanding standing) {
        public ProviderRegime regimeOn(LocalDate date) {
            return standing.regimeOn(date);
        }
    }

    /** The facility with this id, if it is in the network of {@code memberTenantId}. */
    public Optional<FacilitySummary> find(long facilityId, long memberTenantId) {
        for (Tenant owner : scope.networkOf(memberTenantId)) {
            Optional<FacilityRecord> found = scope.in(owner, () -> store.find(facilityId));
            if (found.isPresent()) {
                return found.map(f -> summary(f, owner));
            }
        }
        return Optional.empty();
    }

    /** As {@link #find(long, long)}, for a reference kept as text: the decimal id; anything else is not found. */
    public Optional<FacilitySummary> find(String facilityRef, long memberTenantId) {
        Long id = parse(facilityRef);
        return id == null ? Optional.empty() : find(id, memberTenantId);
    }

    static Long parse(String ref) {
        if (ref == null) {
            return null;
        }
        String s = ref.strip();
        if (s.isEmpty() || s.length() > 18 || !s.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Long.parseLong(s);
    }

    static FacilitySummary summary(FacilityRecord f, Tenant owner) {
        var d = f.details();
        return new FacilitySummary(f.id(), d.name(), d.legalEntity(), d.vatNumber(), d.type(),
                d.cooperativeProvider(), f.status(), d.municipality().istatCode(), owner.id(), owner.code(),
                owner.kind() == TenantKind.REGIONAL);
    }
}
