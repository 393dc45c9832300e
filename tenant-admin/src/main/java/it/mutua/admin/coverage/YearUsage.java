package it.mutua.admin.coverage;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import it.mutua.admin.api.ApiException;
import it.mutua.admin.api.Caller;
import it.mutua.admin.api.MyClaimsApi;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * "Usato quest'anno": what was approved this year per benefit, from the member's own claims. The API does not serve
 * the ceilings consumed as such, so this is the member's side of them (their and, for a holder, their family's claims).
 */
final class YearUsage {

    static final Set<String> COUNTED = Set.of("APPROVED", "PARTLY_APPROVED", "PAID");

    private YearUsage() {
    }

    /** Approved euros per benefit code, of claims decided in favour whose service date falls in {@code year}. */
    static Map<String, BigDecimal> approvedByBenefit(List<MyClaimsApi.Claim> claims, int year) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        for (MyClaimsApi.Claim claim : claims) {
            if (!COUNTED.contains(claim.status())) {
                continue;
            }
            for (MyClaimsApi.Line line : claim.lines()) {
                if (line.serviceDate() != null && line.serviceDate().getYear() == year && line.approved() != null) {
                    sums.merge(line.benefit(), new BigDecimal(line.approved()), BigDecimal::add);
                }
            }
        }
        return sums;
    }

    static Optional<Component> card(MyClaimsApi api, Caller caller, int year, Map<String, String> benefitNames,
                                    Component view) {
        Map<String, BigDecimal> sums;
        try {
            sums = approvedByBenefit(api.mine(0, 100, caller).items(), year);
        } catch (ApiException e) {
            return Optional.empty();
        }
        if (sums.isEmpty()) {
            return Optional.empty();
        }
        Card card = new Card();
        card.addClassName("coverage-card");
        card.setId("coverage-usage");
        card.setTitle(view.getTranslation("coverage.used_this_year", Integer.toString(year)));
        Div lines = new Div();
        lines.addClassName("coverage-lines");
        NumberFormat euro = NumberFormat.getCurrencyInstance(Locale.ITALY);
        sums.forEach((benefit, amount) -> {
            Span label = new Span(benefitNames.getOrDefault(benefit, benefit));
            label.addClassName("label");
            Span value = new Span(euro.format(amount));
            value.addClassName("value");
            lines.add(new Div(label, value));
        });
        card.add(lines);
        return Optional.of(card);
    }
}
