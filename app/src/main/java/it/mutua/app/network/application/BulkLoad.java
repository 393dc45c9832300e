package it.mutua.app.network.application;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import it.mutua.app.audit.AuditLog;
import it.mutua.app.catalog.domain.Tenant;
import it.mutua.app.kernel.InvalidValueException;
import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.network.application.BulkReport.LineProblem;
import it.mutua.app.network.domain.FacilityDetails;
import it.mutua.app.network.domain.Tariff;
import it.mutua.app.network.domain.TariffSchedule;
import it.mutua.app.problem.Messages;
import it.mutua.app.security.Caller;

/**
 * Loads facilities and tariffs from a CSV file ({@link FacilityCsv}) into the caller's own network, in one
 * transaction. Every line is checked first and each problem reported with its line and column in Italian and
 * English. All-or-nothing by default: one bad line and nothing is written. Otherwise the facilities with a bad line
 * are skipped whole and the rest loaded. Idempotent: a facility is identified by partita IVA + address, so loading a
 * file again updates nothing that did not change and adds no tariff twice.
 */
@ApplicationScoped
@Transactional
public class BulkLoad {

    @Inject
    NetworkScope scope;
    @Inject
    FacilityStore store;
    @Inject
    FacilityInputs inputs;
    @Inject
    AuditLog audit;

    /** The lines of one facility in the file: its details and the tariffs its lines carry. */
    private static final class Group {
        final FacilityDetails details;
        final long firstLine;
        final List<Tariff> tariffs = new ArrayList<>();
        boolean broken;

        Group(FacilityDetails details, long firstLine) {
            this.details = details;
            this.firstLine = firstLine;
        }
    }

    public BulkReport load(Caller caller, Reader csv, boolean dryRun, boolean allOrNothing) {
        Tenant owner = scope.ownerFor(caller);
        List<FacilityCsv.Line> lines = FacilityCsv.read(csv);
        List<LineProblem> problems = new ArrayList<>();
        Map<String, Group> groups = new LinkedHashMap<>();
        for (FacilityCsv.Line line : lines) {
            FacilityDetails d;
            try {
                d = inputs.details(line.input(), line.get(FacilityCsv.COOPERATIVE_TENANT));
            } catch (RuntimeException e) {
                problems.add(problemOf(line.number(), e));
                continue;
            }
            Group g = groups.computeIfAbsent(d.vatNumber() + "|" + d.addressKey(), k -> new Group(d, line.number()));
            if (!g.details.equals(d)) {
                g.broken = true;
                problems.add(problem(line.number(), "name", "network.csv.conflictingDetails",
                        new Object[] {Long.toString(g.firstLine)}));
                continue;
            }
            if (line.hasTariff()) {
                try {
                    g.tariffs.add(tariff(line));
                } catch (RuntimeException e) {
                    g.broken = true;
                    problems.add(problemOf(line.number(), e));
                }
            }
        }
        if (allOrNothing && !problems.isEmpty()) {
            return new BulkReport(dryRun, false, lines.size(), 0, 0, 0, 0, 0, groups.size(), problems);
        }
        return apply(caller, owner, lines.size(), groups, problems, dryRun);
    }

    private BulkReport apply(Caller caller, Tenant owner, int lineCount, Map<String, Group> groups,
                             List<LineProblem> problems, boolean dryRun) {
        Map<String, FacilityRecord> existing = new HashMap<>();
        store.all().forEach(f -> existing.put(f.details().vatNumber() + "|" + f.details().addressKey(), f));
        Map<Long, List<TariffRecord>> existingTariffs = store.tariffs(
                existing.values().stream().map(FacilityRecord::id).toList());
        List<FacilityStore.NewFacility> toCreate = new ArrayList<>();
        Map<Long, List<Tariff>> tariffsToAdd = new HashMap<>();
        int updated = 0;
        int unchanged = 0;
        int tariffsAdded = 0;
        int tariffsUnchanged = 0;
        int skipped = 0;
        List<Long> newIds = List.of();
        long pendingNew = groups.entrySet().stream()
                .filter(e -> !e.getValue().broken && !existing.containsKey(e.getKey())).count();
        if (!dryRun && pendingNew > 0) {
            newIds = store.nextIds((int) pendingNew);
        }
        int nextNew = 0;
        for (var entry : groups.entrySet()) {
            Group g = entry.getValue();
            if (g.broken) {
                skipped++;
                continue;
            }
            FacilityRecord stored = existing.get(entry.getKey());
            Long id = stored == null ? null : stored.id();
            List<Tariff> current = id == null ? List.of()
                    : existingTariffs.getOrDefault(id, List.of()).stream().map(TariffRecord::tariff).toList();
            List<Tariff> fresh = new ArrayList<>();
            try {
                for (Tariff t : g.tariffs) {
                    TariffSchedule schedule = new TariffSchedule(concat(current, fresh));
                    if (schedule.contains(t)) {
                        tariffsUnchanged++;
                    } else {
                        schedule.checkCanAdd(t);
                        fresh.add(t);
                    }
                }
            } catch (RuleViolation e) {
                problems.add(problem(g.firstLine, FacilityCsv.SERVICE_CODE, e.code(), e.args()));
                skipped++;
                continue;
            }
            tariffsAdded += fresh.size();
            if (id == null) {
                long newId = dryRun ? -1 : newIds.get(nextNew++);
                toCreate.add(new FacilityStore.NewFacility(newId, g.details, fresh));
            } else {
                if (!fresh.isEmpty()) {
                    tariffsToAdd.put(id, fresh);
                }
                if (stored.details().equals(g.details)) {
                    unchanged++;
                } else {
                    updated++;
                    if (!dryRun) {
                        store.update(id, g.details);
                    }
                }
            }
        }
        if (!dryRun) {
            store.insertAll(toCreate, caller.username());
            store.addTariffs(tariffsToAdd, caller.username());
            audit.record(caller.username(), caller.tenantId(), "NETWORK_BULK_LOAD", owner.id(), "created "
                    + toCreate.size() + ", updated " + updated + ", tariffs added " + tariffsAdded);
        }
        return new BulkReport(dryRun, !dryRun, lineCount, toCreate.size(), updated, unchanged, tariffsAdded,
                tariffsUnchanged, skipped, problems);
    }

    private static List<Tariff> concat(List<Tariff> a, List<Tariff> b) {
        List<Tariff> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static Tariff tariff(FacilityCsv.Line line) {
        var amount = line.amount(FacilityCsv.AMOUNT);
        return new Tariff(line.get(FacilityCsv.SERVICE_CODE), line.get(FacilityCsv.SERVICE_NAME),
                amount == null ? null : Tariff.euros(amount), line.date(FacilityCsv.VALID_FROM),
                line.date(FacilityCsv.VALID_TO));
    }

    /** A validation failure of a line as a problem; anything else is a bug and propagates. */
    private static LineProblem problemOf(long line, RuntimeException e) {
        if (e instanceof RuleViolation v) {
            return problem(line, v.field(), v.code(), v.args());
        }
        if (e instanceof InvalidValueException i) {
            return new LineProblem(line, FacilityCsv.VAT, i.code(), i.messageIt(), i.messageEn());
        }
        throw e;
    }

    private static LineProblem problem(long line, String field, String code, Object[] args) {
        return new LineProblem(line, csvColumn(field), code, Messages.text(Locale.ITALIAN, code, args),
                Messages.text(Locale.ENGLISH, code, args));
    }

    private static final Map<String, String> COLUMNS = Map.ofEntries(Map.entry("name", FacilityCsv.NAME),
            Map.entry("legalEntity", FacilityCsv.LEGAL_ENTITY), Map.entry("type", FacilityCsv.TYPE),
            Map.entry("address", FacilityCsv.ADDRESS), Map.entry("postalCode", FacilityCsv.CAP),
            Map.entry("municipalityCode", FacilityCsv.MUNICIPALITY), Map.entry("latitude", FacilityCsv.LATITUDE),
            Map.entry("longitude", FacilityCsv.LONGITUDE), Map.entry("contractFrom", FacilityCsv.CONTRACT_FROM),
            Map.entry("contractTo", FacilityCsv.CONTRACT_TO), Map.entry("serviceCode", FacilityCsv.SERVICE_CODE),
            Map.entry("serviceName", FacilityCsv.SERVICE_NAME), Map.entry("amount", FacilityCsv.AMOUNT),
            Map.entry("validFrom", FacilityCsv.VALID_FROM), Map.entry("validTo", FacilityCsv.VALID_TO),
            Map.entry("cooperativeTenant", FacilityCsv.COOPERATIVE_TENANT));

    /** Problems name the CSV column, not the API field. */
    static String csvColumn(String field) {
        return field == null ? null : COLUMNS.getOrDefault(field, field);
    }
}
