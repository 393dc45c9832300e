package it.mutua.app.plan.application;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import it.mutua.app.plan.domain.AgeBand;
import it.mutua.app.plan.domain.BenefitArea;
import it.mutua.app.plan.domain.CostShare;
import it.mutua.app.plan.domain.FamilyRole;
import it.mutua.app.plan.domain.LayerRef;
import it.mutua.app.plan.domain.Money;
import it.mutua.app.plan.domain.ProviderRegime;
import it.mutua.app.plan.domain.ResolvedField;
import it.mutua.app.plan.domain.WaitingCause;

/** The Italian wording of a plan's rules, as printed in the plan booklet (members read Italian). */
final class BookletTexts {

    static final Locale IT = Locale.ITALIAN;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private BookletTexts() {
    }

    static String date(LocalDate date) {
        return date.format(DATE);
    }

    static String money(Money money) {
        return money.display(IT);
    }

    static String area(BenefitArea area) {
        return switch (area) {
            case HOSPITAL_MAJOR_SURGERY -> "Ricoveri per grandi interventi chirurgici";
            case HOSPITAL_OTHER_SURGERY -> "Ricoveri per altri interventi chirurgici";
            case HOSPITAL_DAILY_ALLOWANCE -> "Indennità giornaliera di ricovero";
            case HIGH_SPECIALISATION_DIAGNOSTICS -> "Alta specializzazione diagnostica";
            case SPECIALIST_VISITS -> "Visite specialistiche";
            case SSN_TICKETS -> "Ticket del Servizio Sanitario Nazionale";
            case DENTAL -> "Odontoiatria";
            case PHYSIOTHERAPY_REHABILITATION -> "Fisioterapia e riabilitazione";
            case PREGNANCY -> "Gravidanza";
            case LONG_TERM_CARE -> "Non autosufficienza (LTC)";
            case LOCAL -> "Progetti locali";
        };
    }

    static String regime(ProviderRegime regime) {
        return switch (regime) {
            case COOPERATIVE_NETWORK -> "Struttura cooperativa convenzionata";
            case OTHER_NETWORK -> "Altra struttura convenzionata";
            case OUT_OF_NETWORK -> "Struttura non convenzionata";
            case SSN_TICKET -> "Ticket SSN";
        };
    }

    static String costShare(CostShare share) {
        return switch (share) {
            case CostShare.FixedAmount f -> money(f.perEvent()) + " a carico dell'assistito per prestazione";
            case CostShare.Scoperto s -> "scoperto " + s.percent().value().toPlainString().replace('.', ',')
                    + "% con minimo non indennizzabile di " + money(s.minimum());
            case CostShare.Franchigia f -> "franchigia di " + money(f.perEvent()) + " per prestazione";
            case CostShare.NoShare n -> "nessuna quota a carico dell'assistito";
        };
    }

    static String waiting(WaitingCause cause, int days) {
        String what = switch (cause) {
            case INJURY -> "Infortunio";
            case ILLNESS -> "Malattia";
            case PREGNANCY -> "Gravidanza";
            case PRE_EXISTING -> "Condizioni preesistenti";
        };
        return what + ": " + (days == 0 ? "dal primo giorno" : days + " giorni di carenza");
    }

    static String role(FamilyRole role) {
        return switch (role) {
            case WORKER -> "lavoratore socio";
            case SPOUSE -> "coniuge";
            case CHILD -> "figlio";
            case OTHER_DEPENDANT -> "altro familiare a carico";
        };
    }

    static String band(AgeBand band) {
        if (band.from() == 0 && band.toInclusive() == AgeBand.OPEN) {
            return "qualsiasi età";
        }
        if (band.toInclusive() == AgeBand.OPEN) {
            return "da " + band.from() + " anni";
        }
        return band.from() == 0 ? "fino a " + band.toInclusive() + " anni"
                : "da " + band.from() + " a " + band.toInclusive() + " anni";
    }

    /** "(Mutua … )", "(modificato da …)", "(aggiunto da …)", plus "— bloccato da …" when an upper layer locked it. */
    static String provenance(Optional<ResolvedField> field) {
        if (field.isEmpty()) {
            return "";
        }
        String text = "(" + field.get().provenance().text(IT) + ")";
        return field.get().lockedBy().map(owner -> text + " — bloccato da " + owner.displayName()).orElse(text);
    }

    static String layer(LayerRef layer) {
        return switch (layer.level()) {
            case NATIONAL -> "piano nazionale";
            case FEDERATION -> "adattamento di settore";
            case REGIONAL -> "progetti regionali";
            case COOPERATIVE -> "adesione della cooperativa";
        } + ": " + layer.displayName();
    }
}
