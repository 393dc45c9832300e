package it.mutua.app.network.application;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import it.mutua.app.audit.AuditLog;
import it.mutua.app.catalog.domain.Tenant;
import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.network.domain.FacilityDetails;
import it.mutua.app.network.domain.FacilityStatus;
import it.mutua.app.network.domain.StatusHistory;
import it.mutua.app.network.domain.Tariff;
import it.mutua.app.network.domain.TariffSchedule;
import it.mutua.app.problem.ProblemException;
import it.mutua.app.security.Caller;

/**
 * The owner's side of the network: create and change facilities, their status and their tariffs, in the owner's own
 * schema (the caller's, in context), each change audited in the same transaction. Readers get any facility of their
 * network with its owner, history and tariffs.
 */
@ApplicationScoped
@Transactional
public class FacilityService {

    @Inject
    NetworkScope scope;
    @Inject
    FacilityStore store;
    @Inject
    AuditLog audit;

    public FacilityView create(Caller caller, FacilityDetails details) {
        Tenant owner = scope.ownerFor(caller);
        if (store.idOf(details.vatNumber(), details.addressKey()).isPresent()) {
            throw RuleViolation.conflict("network.facility.duplicate", details.vatNumber(), details.address());
        }
        long id = store.nextIds(1).get(0);
        store.insertAll(List.of(new FacilityStore.NewFacility(id, details, List.of())), caller.username());
        audit.record(caller.username(), caller.tenantId(), "NETWORK_FACILITY_CREATED", owner.id(),
                "facility " + id + " " + details.vatNumber());
        return view(owner, id);
    }

    public FacilityView update(Caller caller, long id, FacilityDetails details) {
        Tenant owner = scope.ownerFor(caller);
        FacilityRecord current = owned(caller, id);
        store.idOf(details.vatNumber(), details.addressKey()).filter(other -> other != current.id()).ifPresent(other -> {
            throw RuleViolation.conflict("network.facility.duplicate", details.vatNumber(), details.address());
        });
        store.update(id, details);
        audit.record(caller.username(), caller.tenantId(), "NETWORK_FACILITY_UPDATED", owner.id(), "facility " + id);
        return view(owner, id);
    }

    public FacilityView changeStatus(Caller caller, long id, FacilityStatus status, LocalDate effectiveFrom,
                                     String reason) {
        Tenant owner = scope.ownerFor(caller);
        owned(caller, id);
        if (effectiveFrom == null) {
            throw RuleViolation.invalid("effectiveFrom", "network.status.effectiveFromRequired");
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > 300) {
            throw RuleViolation.invalid("reason", "network.text.tooLong", 300);
        }
        StatusHistory history = new StatusHistory(store.history(id));
        LocalDate today = LocalDate.now();
        history.checkCanAdd(status, effectiveFrom, today);
        store.addStatus(id, status, effectiveFrom, why, caller.username());
        audit.record(caller.username(), caller.tenantId(), "NETWORK_FACILITY_STATUS", owner.id(),
                "facility " + id + " " + status + " from " + effectiveFrom);
        return view(owner, id);
    }

    public TariffRecord addTariff(Caller caller, long id, Tariff tariff) {
        Tenant owner = scope.ownerFor(caller);
        owned(caller, id);
        new TariffSchedule(store.tariffs(id).stream().map(TariffRecord::tariff).toList()).checkCanAdd(tariff);
        TariffRecord added = store.addTariff(id, tariff, caller.username());
        audit.record(caller.username(), caller.tenantId(), "NETWORK_TARIFF_ADDED", owner.id(), "facility " + id + " "
                + tariff.serviceCode() + " " + tariff.amount() + " from " + tariff.validFrom() + " to "
                + tariff.validTo());
        return added;
    }

    /** Ends a tariff on {@code validTo} (inclusive), e.g. before a new price: never earlier than its start. */
    public TariffRecord closeTariff(Caller caller, long id, long tariffId, LocalDate validTo) {
        Tenant owner = scope.ownerFor(caller);
        owned(caller, id);
        if (validTo == null) {
            throw RuleViolation.invalid("validTo", "network.tariff.validToRequired");
        }
        TariffRecord existing = store.tariffs(id).stream().filter(t -> t.id() == tariffId).findFirst()
                .orElseThrow(() -> ProblemException.notFound("network.tariff.notFound", Long.toString(tariffId)));
        Tariff t = existing.tariff();
        Tariff closed = new Tariff(t.serviceCode(), t.serviceName(), t.amount(), t.validFrom(), validTo);
        store.closeTariff(id, tariffId, validTo);
        audit.record(caller.username(), caller.tenantId(), "NETWORK_TARIFF_CLOSED", owner.id(),
                "facility " + id + " tariff " + tariffId + " to " + validTo);
        return new TariffRecord(tariffId, closed);
    }

    /** A facility of the caller's network with history and tariffs; 404 when not in it. */
    public FacilityView get(Caller caller, long id) {
        var located = scope.locate(caller.tenantId(), id, fid -> store.find(fid)
                .map(f -> new FacilityView(null, f, store.history(fid), store.tariffs(fid))));
        FacilityView v = located.value();
        return new FacilityView(located.owner(), v.facility(), v.history(), v.tariffs());
    }

    /**
     * The facility, locked, when it is the caller's own; a facility the caller can see but does not own (a national
     * one for a regional administrator) is 403; one outside its network 404.
     */
    private FacilityRecord owned(Caller caller, long id) {
        var mine = store.lock(id);
        if (mine.isPresent()) {
            return mine.get();
        }
        scope.locate(caller.tenantId(), id, fid -> store.find(fid));
        throw ProblemException.forbidden("network.facility.notOwner", Long.toString(id));
    }

    private FacilityView view(Tenant owner, long id) {
        FacilityRecord f = store.find(id).orElseThrow();
        return new FacilityView(owner, f, store.history(id), store.tariffs(id));
    }
}
