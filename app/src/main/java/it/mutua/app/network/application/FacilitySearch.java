package it.mutua.app.network.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import it.mutua.app.catalog.domain.Tenant;
import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.network.domain.Coordinates;
import it.mutua.app.network.domain.FacilityStatus;
import it.mutua.app.network.domain.FacilityType;
import it.mutua.app.network.domain.Places;
import it.mutua.app.network.domain.SearchText;
import it.mutua.app.network.domain.Tariff;
import it.mutua.app.security.Caller;

/**
 * Search of the caller's network: the national schema and, for tenants under a regional mutual, that mutual's
 * schema (two bounded queries, never a scan of every schema). Each schema returns its first {@code offset + size}
 * matches in the requested order and its count; the two lists are merged in the same order and the page cut out.
 */
@ApplicationScoped
public class FacilitySearch {

    /** Deepest row a page may reach: deeper browsing should narrow the filters instead. */
    public static final int MAX_DEPTH = 10_000;
    public static final int MAX_PAGE_SIZE = 100;
    public static final double DEFAULT_RADIUS_KM = 25;
    public static final double MAX_RADIUS_KM = 300;

    @Inject
    NetworkScope scope;
    @Inject
    FacilityStore store;

    /** The raw query parameters. */
    public record Query(String region, String province, String municipality, String type, String service,
                        Boolean cooperative, String text, Double latitude, Double longitude, Double radiusKm,
                        String status, String sort, boolean descending, int page, int size) {
    }

    /** A page of hits with their owners. */
    public record Result(List<OwnedHit> items, int page, int size, long total) {
    }

    /** A hit and the tenant that owns it (national, or the regional mutual that added it). */
    public record OwnedHit(FacilityHit hit, Tenant owner) {
    }

    public Result search(Caller caller, Query q) {
        SearchCriteria criteria = criteria(q);
        if (q.page() < 0 || q.size() < 1 || q.size() > MAX_PAGE_SIZE) {
            throw RuleViolation.invalid("size", "request.size.range", MAX_PAGE_SIZE);
        }
        long depth = (long) q.page() * q.size() + q.size();
        if (depth > MAX_DEPTH) {
            throw RuleViolation.invalid("page", "network.search.tooDeep", Integer.toString(MAX_DEPTH));
        }
        List<OwnedHit> merged = new ArrayList<>();
        long total = 0;
        for (Tenant owner : scope.networkOf(caller.tenantId())) {
            SearchPage part = scope.in(owner, () -> store.search(criteria, (int) depth));
            total += part.total();
            part.rows().forEach(h -> merged.add(new OwnedHit(h, owner)));
        }
        merged.sort(order(criteria));
        int from = Math.min(merged.size(), q.page() * q.size());
        int to = Math.min(merged.size(), from + q.size());
        return new Result(List.copyOf(merged.subList(from, to)), q.page(), q.size(), total);
    }

    /** Validates the parameters into criteria: unknown codes are 422, malformed ones 400. */
    public static SearchCriteria criteria(Query q) {
        Places places = Places.italy();
        String region = blank(q.region()) ? null : places.region(q.region());
        String province = blank(q.province()) ? null : places.province(q.province());
        String municipality = blank(q.municipality()) ? null
                : places.municipality(region, province, q.municipality()).istatCode();
        FacilityType type = blank(q.type()) ? null : FacilityType.parse(q.type(), "type");
        String service = blank(q.service()) ? null : Tariff.serviceCode(q.service());
        String key = SearchText.key(q.text());
        List<String> words = key.isEmpty() ? List.of() : Arrays.stream(key.split(" ")).limit(8).toList();
        Coordinates point = null;
        double radius = q.radiusKm() == null ? DEFAULT_RADIUS_KM : q.radiusKm();
        if (q.latitude() != null || q.longitude() != null) {
            if (q.latitude() == null || q.longitude() == null) {
                throw RuleViolation.invalid(q.latitude() == null ? "lat" : "lon", "network.coordinates.required");
            }
            point = new Coordinates(q.latitude(), q.longitude());
            if (!(radius > 0 && radius <= MAX_RADIUS_KM)) {
                throw RuleViolation.invalid("radiusKm", "network.search.radius", MAX_RADIUS_KM);
            }
        }
        FacilityStatus status = blank(q.status()) ? FacilityStatus.ACTIVE
                : "ANY".equalsIgnoreCase(q.status().strip()) ? null : FacilityStatus.parse(q.status(), "status");
        SearchCriteria.Sort sort = sort(q.sort(), point != null);
        return new SearchCriteria(region, province, municipality, type, service, q.cooperative(), words, point,
                radius, status, LocalDate.now(), sort, q.descending());
    }

    private static SearchCriteria.Sort sort(String raw, boolean hasPoint) {
        if (blank(raw)) {
            return hasPoint ? SearchCriteria.Sort.DISTANCE : SearchCriteria.Sort.NAME;
        }
        SearchCriteria.Sort sort = switch (raw.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "name" -> SearchCriteria.Sort.NAME;
            case "distance" -> SearchCriteria.Sort.DISTANCE;
            default -> throw RuleViolation.invalid("sort", "network.search.sort", raw.strip());
        };
        if (sort == SearchCriteria.Sort.DISTANCE && !hasPoint) {
            throw RuleViolation.invalid("sort", "network.search.distanceNeedsPoint");
        }
        return sort;
    }

    /** The same order as the SQL of each schema, so merging keeps it. */
    static Comparator<OwnedHit> order(SearchCriteria c) {
        Comparator<FacilityHit> primary = c.sort() == SearchCriteria.Sort.DISTANCE
                ? Comparator.comparingDouble(FacilityHit::distanceKm)
                : Comparator.comparing(FacilityHit::nameKey);
        Comparator<FacilityHit> full = primary.thenComparingLong(FacilityHit::id);
        Comparator<FacilityHit> directed = c.descending() ? full.reversed() : full;
        return Comparator.comparing(OwnedHit::hit, directed);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
