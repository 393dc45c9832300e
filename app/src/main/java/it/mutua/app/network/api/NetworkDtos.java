package it.mutua.app.network.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import it.mutua.app.catalog.domain.Tenant;
import it.mutua.app.catalog.domain.TenantKind;
import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.network.application.FacilitySearch;
import it.mutua.app.network.application.FacilityView;
import it.mutua.app.network.application.TariffRecord;
import it.mutua.app.network.domain.FacilityDetails;
import it.mutua.app.network.domain.Municipality;
import it.mutua.app.network.domain.Places;
import it.mutua.app.network.domain.StatusChange;
import it.mutua.app.network.domain.Tariff;
import it.mutua.app.plan.domain.Money;

/** The JSON shapes of the network API. Amounts travel as decimal strings ("45.50"), never as JSON numbers. */
public final class NetworkDtos {

    private NetworkDtos() {
    }

    /** Body of POST and PUT /api/network/facilities; the cooperative tenant is named by its code. */
    public record FacilityRequest(String name, String legalEntity, String vatNumber, String type, String address,
                                  String postalCode, String regionCode, String provinceCode, String municipalityCode,
                                  Double latitude, Double longitude, Boolean cooperativeProvider,
                                  String cooperativeTenant, LocalDate contractFrom, LocalDate contractTo) {

        FacilityDetails.Input input() {
            return new FacilityDetails.Input(name, legalEntity, vatNumber, type, address, postalCode, regionCode,
                    provinceCode, municipalityCode, latitude, longitude, Boolean.TRUE.equals(cooperativeProvider), null,
                    contractFrom, contractTo);
        }
    }

    /** Body of POST /api/network/facilities/{id}/tariffs. */
    public record TariffRequest(String serviceCode, String serviceName, String amount, LocalDate validFrom,
                                LocalDate validTo) {

        Tariff tariff() {
            return new Tariff(serviceCode, serviceName, money(amount), validFrom, validTo);
        }
    }

    /** Body of POST /api/network/facilities/{id}/status. */
    public record StatusRequest(String status, LocalDate effectiveFrom, String reason) {
    }

    /** Body of POST /api/network/facilities/{id}/tariffs/{tariffId}/close. */
    public record CloseTariffRequest(LocalDate validTo) {
    }

    public record OwnerDto(String code, String kind, String name) {
        static OwnerDto of(Tenant t) {
            return new OwnerDto(t.code(), t.kind().name(), t.name());
        }
    }

    public record TariffDto(long id, String serviceCode, String serviceName, String amount, LocalDate validFrom,
                            LocalDate validTo) {
        static TariffDto of(TariffRecord r) {
            Tariff t = r.tariff();
            return new TariffDto(r.id(), t.serviceCode(), t.serviceName(), t.amount().amount().toPlainString(),
                    t.validFrom(), t.validTo());
        }
    }

    public record StatusChangeDto(String status, LocalDate effectiveFrom, String reason) {
        static StatusChangeDto of(StatusChange c) {
            return new StatusChangeDto(c.status().name(), c.effectiveFrom(), c.reason());
        }
    }

    public record PlaceDto(String regionCode, String provinceCode, String provinceAbbreviation,
                           String municipalityCode, String municipalityName) {
        static PlaceDto of(Municipality m) {
            return new PlaceDto(m.regionCode(), m.provinceCode(), m.provinceAbbreviation(), m.istatCode(), m.name());
        }
    }

    public record FacilityDto(long id, OwnerDto owner, boolean regionalAddition, String name, String legalEntity,
                              String vatNumber, String type, String typeLabel, String address, String postalCode,
                              PlaceDto place, double latitude, double longitude, boolean cooperativeProvider,
                              Long cooperativeTenantId, String status, LocalDate contractFrom, LocalDate contractTo,
                              List<StatusChangeDto> statusHistory, List<TariffDto> tariffs) {

        static FacilityDto of(FacilityView v, Locale locale) {
            FacilityDetails d = v.facility().details();
            return new FacilityDto(v.facility().id(), OwnerDto.of(v.owner()), v.owner().kind() == TenantKind.REGIONAL,
                    d.name(), d.legalEntity(), d.vatNumber(), d.type().name(), d.type().label(locale), d.address(),
                    d.postalCode(), PlaceDto.of(d.municipality()), d.coordinates().latitude(),
                    d.coordinates().longitude(), d.cooperativeProvider(), d.cooperativeTenantId(),
                    v.facility().status().name(), d.contract().from(), d.contract().to(),
                    v.history().stream().map(StatusChangeDto::of).toList(),
                    v.tariffs().stream().map(TariffDto::of).toList());
        }
    }

    public record FacilityHitDto(long id, String name, String type, String typeLabel, String legalEntity,
                                 String address, PlaceDto place, double latitude, double longitude,
                                 boolean cooperativeProvider, String status, Double distanceKm, String owner,
                                 boolean regionalAddition) {

        static FacilityHitDto of(FacilitySearch.OwnedHit o, Locale locale) {
            var h = o.hit();
            Municipality m = Places.italy().municipality(null, null, h.municipalityCode());
            Double km = h.distanceKm() == null ? null
                    : BigDecimal.valueOf(h.distanceKm()).setScale(2, java.math.RoundingMode.HALF_EVEN).doubleValue();
            return new FacilityHitDto(h.id(), h.name(), h.type().name(), h.type().label(locale), h.legalEntity(),
                    h.address(), PlaceDto.of(m), h.latitude(), h.longitude(), h.cooperativeProvider(), h.status().name(),
                    km, o.owner().code(), o.owner().kind() == TenantKind.REGIONAL);
        }
    }

    public record SearchPageDto(List<FacilityHitDto> items, int page, int size, long total) {
    }

    /** A decimal string in euros with at most two decimals: "45.50" (a comma is accepted too). */
    static Money money(String amount) {
        if (amount == null || amount.isBlank()) {
            throw RuleViolation.invalid("amount", "network.tariff.amountRequired");
        }
        try {
            return Tariff.euros(new BigDecimal(amount.strip().replace(',', '.')));
        } catch (NumberFormatException e) {
            throw RuleViolation.invalid("amount", "network.tariff.amountInvalid", amount.strip());
        }
    }
}
