package it.mutua.app.claim.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import it.mutua.app.claim.domain.SamplingRules;
import it.mutua.app.plan.domain.Money;

/** The national mutual's sampling rules: one row, or {@link SamplingRules#DEFAULT} until national sets them. */
@ApplicationScoped
public class SamplingStore {

    @Inject
    Sql sql;

    public SamplingRules current() {
        return sql.work(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT random_percent, value_threshold, always_reviewed "
                    + "FROM claim_sampling_rule WHERE id = 1"); ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return SamplingRules.DEFAULT;
                }
                var benefits = Arrays.stream(rs.getString(3).split(",")).filter(s -> !s.isBlank())
                        .collect(Collectors.toSet());
                return new SamplingRules(rs.getBigDecimal(1), new Money(rs.getBigDecimal(2)), benefits);
            }
        });
    }

    public void save(SamplingRules rules, String by) {
        sql.work(c -> {
            try (PreparedStatement ps = Sql.bind(c, "INSERT INTO claim_sampling_rule (id, random_percent, value_threshold, "
                            + "always_reviewed, updated_by) VALUES (1, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                            + "random_percent = EXCLUDED.random_percent, value_threshold = EXCLUDED.value_threshold, "
                            + "always_reviewed = EXCLUDED.always_reviewed, updated_by = EXCLUDED.updated_by, updated_at = now()",
                    rules.randomPercent(), rules.valueThreshold(),
                    String.join(",", new java.util.TreeSet<>(rules.alwaysReviewedBenefits())), by)) {
                ps.executeUpdate();
            }
            return null;
        });
    }
}
