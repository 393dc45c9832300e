package it.mutua.app.catalog.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The catalog as the domain sees it. Implemented with JPA in {@code catalog.persistence}. */
public interface TenantRepository {

    long nextId();

    Optional<Tenant> findByCode(String code);

    Optional<Tenant> findById(long id);

    Optional<Tenant> national();

    Optional<Tenant> findByVatNumber(String vatNumber);

    Optional<Tenant> regionalOf(String region);

    void add(Tenant tenant);

    /** Children on the territorial axis, or the cooperatives of a federation, filtered by a text, paged. */
    List<Tenant> children(Tenant parent, TenantKind kind, String region, String text, String sort, boolean descending,
                          int offset, int limit);

    long countChildren(Tenant parent, TenantKind kind, String region, String text);

    List<Tenant> cooperativesDirectlyUnderInRegion(Tenant parent, String region);

    List<Tenant> findByCodes(Collection<String> codes);
}
