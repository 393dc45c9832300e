package it.mutua.admin.api;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The healthcare network: search the caller's network, read one facility, add and change one's own facilities. */
public class NetworkApi {

    private final RestCalls rest;

    public NetworkApi(RestCalls rest) {
        this.rest = Objects.requireNonNull(rest, "rest");
    }

    public record Place(String regionCode, String provinceCode, String provinceAbbreviation, String municipalityCode,
                        String municipalityName) {
    }

    /** One search result. */
    public record Hit(long id, String name, String type, String typeLabel, String legalEntity, String address,
                      Place place, double latitude, double longitude, boolean cooperativeProvider, String status,
                      Double distanceKm, String owner, boolean regionalAddition) {
    }

    public record Owner(String code, String kind, String name) {
    }

    public record Tariff(long id, String serviceCode, String serviceName, String amount, LocalDate validFrom,
                         LocalDate validTo) {
    }

    /** A facility with its owner, place, contract and tariffs. */
    public record Facility(long id, Owner owner, boolean regionalAddition, String name, String legalEntity,
                           String vatNumber, String type, String typeLabel, String address, String postalCode,
                           Place place, double latitude, double longitude, boolean cooperativeProvider,
                           Long cooperativeTenantId, String status, LocalDate contractFrom, LocalDate contractTo,
                           List<Tariff> tariffs) {
        public Facility {
            tariffs = tariffs == null ? List.of() : List.copyOf(tariffs);
        }
    }

    /** Body of POST / PUT {@code /api/network/facilities}. */
    public record FacilityRequest(String name, String legalEntity, String vatNumber, String type, String address,
                                  String postalCode, String municipalityCode, Double latitude, Double longitude,
                                  Boolean cooperativeProvider, String cooperativeTenant, LocalDate contractFrom,
                                  LocalDate contractTo) {
    }

    /** The search filters; any may be null. {@code status} null = active only, {@code ANY} = every status. */
    public record Search(String region, String province, String municipality, String type, String service,
                         Boolean cooperative, String text, String status) {

        public static Search none() {
            return new Search(null, null, null, null, null, null, null, null);
        }

        Map<String, Object> query() {
            Map<String, Object> q = new LinkedHashMap<>();
            q.put("region", region);
            q.put("province", province);
            q.put("municipality", municipality);
            q.put("type", type);
            q.put("service", service);
            q.put("cooperative", cooperative);
            q.put("q", text == null ? null : text.strip());
            q.put("status", status);
            return q;
        }
    }

    /** {@code GET /api/network/facilities}, sorted by name (or another sort the API knows). */
    public Page<Hit> search(Search search, String sort, boolean descending, int page, int size, Caller caller) {
        Map<String, Object> q = search.query();
        q.put("sort", sort);
        q.put("desc", descending ? "true" : null);
        q.put("page", page);
        q.put("size", size);
        return rest.get("/api/network/facilities", q, caller, RestCalls.pageOf(Hit.class));
    }

    public Facility facility(long id, Caller caller) {
        return rest.get("/api/network/facilities/" + id, Map.of(), caller, Facility.class);
    }

    public Facility create(FacilityRequest request, Caller caller) {
        return rest.post("/api/network/facilities", Map.of(), request, caller, Facility.class);
    }

    public Facility update(long id, FacilityRequest request, Caller caller) {
        return rest.put("/api/network/facilities/" + id, request, caller, Facility.class);
    }
}
