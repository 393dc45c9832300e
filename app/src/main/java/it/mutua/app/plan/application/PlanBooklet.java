package it.mutua.app.plan.application;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import it.mutua.app.plan.domain.BenefitArea;
import it.mutua.app.plan.domain.Contributions;
import it.mutua.app.plan.domain.EffectiveBenefit;
import it.mutua.app.plan.domain.EffectivePlan;
import it.mutua.app.plan.domain.PlanPaths;
import it.mutua.app.plan.domain.ProviderRegime;
import it.mutua.app.plan.domain.WaitingCause;

/**
 * The printable plan booklet (libretto del piano sanitario) of an effective plan, in Italian, with OpenPDF: benefits
 * by area with the rule of each provider regime, ceilings and sub-ceilings, minimum per request, waiting periods,
 * eligibility, contributions, and for every value where it comes from and who locked it. Standard PDF fonts with
 * WinAnsi encoding cover Italian accents and the euro sign, so no font file is shipped.
 */
public final class PlanBooklet {

    private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 13, Font.BOLD, new Color(0x1f, 0x4e, 0x79));
    private static final Font BENEFIT = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10);
    private static final Font NOTE = new Font(Font.HELVETICA, 8, Font.ITALIC, Color.DARK_GRAY);

    private PlanBooklet() {
    }

    /** Who the booklet is for: the tenant's name and code, the date, and (a cooperative) its adoption. */
    public record Holder(String name, String code, LocalDate date, Optional<PlanInForce> adoption) {
    }

    /** The booklet of {@code effective} (a cooperative's adopted plan, or another tenant's chain) as PDF bytes. */
    public static byte[] render(PlanService.Effective effective) {
        return render(new Holder(effective.tenant().name(), effective.tenant().code(), effective.date(),
                effective.adoption()), effective.plan());
    }

    public static byte[] render(Holder holder, EffectivePlan plan) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter.getInstance(document, out);
        document.addTitle("Libretto del piano sanitario " + plan.name());
        document.addCreator("Mutua");
        document.open();
        header(document, holder, plan);
        contributions(document, plan);
        benefits(document, plan);
        vincolate(document, plan);
        document.close();
        return out.toByteArray();
    }

    private static void header(Document document, Holder effective, EffectivePlan plan) {
        document.add(new Paragraph("Libretto del piano sanitario", TITLE));
        document.add(new Paragraph(plan.name() + " (" + plan.planCode() + ")", HEADING));
        document.add(new Paragraph("Ente: " + effective.name() + " (" + effective.code() + ")", TEXT));
        document.add(new Paragraph("Piano in vigore al " + BookletTexts.date(effective.date()), TEXT));
        effective.adoption().ifPresent(adoption -> {
            String period = "Adesione n. " + adoption.adoptionNumber() + " dal "
                    + BookletTexts.date(adoption.adoptedFrom())
                    + adoption.adoptedUntil().map(to -> " al " + BookletTexts.date(to)).orElse("");
            document.add(new Paragraph(period, TEXT));
            document.add(new Paragraph("Estensione al nucleo familiare: "
                    + (adoption.options().familyExtensionOffered() ? "offerta dalla cooperativa"
                    : "non offerta dalla cooperativa"), TEXT));
        });
        var layers = new ArrayList<String>();
        for (String id : plan.versions().versionIds()) {
            String[] parts = id.split(":");
            if (parts.length == 3) {
                layers.add(parts[0] + " v" + parts[2]);
            }
        }
        document.add(new Paragraph("Versioni dei livelli: " + String.join(" · ", layers), NOTE));
        document.add(new Paragraph("Tra parentesi l'origine di ogni valore: il piano nazionale, \"modificato da\" chi "
                + "lo ha cambiato, \"aggiunto da\" chi lo ha introdotto; \"bloccato da\" indica che i livelli inferiori "
                + "non possono modificarlo.", NOTE));
    }

    private static void contributions(Document document, EffectivePlan plan) {
        section(document, "Contributi annui");
        Contributions contributions = plan.contributions();
        PdfPTable table = table(new float[] {3, 2, 4});
        contributions.workerPerYear().ifPresent(worker -> row(table, "Lavoratore socio",
                BookletTexts.money(worker) + " all'anno", plan.field(PlanPaths.WORKER_CONTRIBUTION)));
        for (Contributions.FamilyContribution family : contributions.family()) {
            row(table, "Familiare: " + BookletTexts.role(family.role()) + ", " + BookletTexts.band(family.band()),
                    BookletTexts.money(family.perYear()) + " all'anno",
                    plan.field(PlanPaths.familyContribution(family.role(), family.band())));
        }
        document.add(table);
    }

    private static void benefits(Document document, EffectivePlan plan) {
        Map<BenefitArea, List<EffectiveBenefit>> byArea = new TreeMap<>();
        plan.benefits().values().forEach(b -> byArea.computeIfAbsent(b.area(), a -> new ArrayList<>()).add(b));
        byArea.forEach((area, benefits) -> {
            section(document, BookletTexts.area(area));
            benefits.forEach(benefit -> benefit(document, plan, benefit));
        });
    }

    private static void benefit(Document document, EffectivePlan plan, EffectiveBenefit benefit) {
        String code = benefit.code();
        var title = new Paragraph(benefit.name() + " ", BENEFIT);
        title.add(new Chunk(BookletTexts.provenance(plan.field(PlanPaths.benefitName(code))), NOTE));
        title.setSpacingBefore(6);
        document.add(title);
        PdfPTable table = table(new float[] {3, 4, 3});
        for (ProviderRegime regime : ProviderRegime.values()) {
            benefit.costShare(regime).ifPresent(share -> row(table, BookletTexts.regime(regime),
                    BookletTexts.costShare(share), plan.field(PlanPaths.costShare(code, regime))));
        }
        benefit.perPersonYear().ifPresent(c -> row(table, "Massimale per persona all'anno", BookletTexts.money(c),
                plan.field(PlanPaths.perPersonYear(code))));
        benefit.perFamilyYear().ifPresent(c -> row(table, "Massimale per nucleo familiare all'anno",
                BookletTexts.money(c), plan.field(PlanPaths.perFamilyYear(code))));
        benefit.subCeilings().forEach((key, c) -> row(table, "Sottomassimale " + key + " per persona all'anno",
                BookletTexts.money(c), plan.field(PlanPaths.subCeiling(code, key))));
        benefit.minimumPerRequest().ifPresent(m -> row(table, "Importo minimo per richiesta di rimborso",
                BookletTexts.money(m), plan.field(PlanPaths.minimumPerRequest(code))));
        for (WaitingCause cause : WaitingCause.values()) {
            if (benefit.waitingDays().containsKey(cause)) {
                row(table, "Carenza", BookletTexts.waiting(cause, benefit.waitingDays(cause)),
                        plan.field(PlanPaths.waitingDays(code, cause)));
            }
        }
        var eligibility = benefit.eligibility();
        String roles = eligibility.roles().stream().sorted().map(BookletTexts::role)
                .reduce((a, b) -> a + ", " + b).orElse("");
        String ages = eligibility.minAge() == 0 && eligibility.maxAge() == it.mutua.app.plan.domain.Eligibility.NO_MAX_AGE ? "qualsiasi età"
                : "da " + eligibility.minAge() + " a " + eligibility.maxAge() + " anni";
        row(table, "Assistiti", roles + "; " + ages, plan.field(PlanPaths.minAge(code)));
        document.add(table);
    }

    private static void vincolate(Document document, EffectivePlan plan) {
        section(document, "Prestazioni vincolate (DM 27/10/2009)");
        List<String> names = plan.vincolate().stream().map(code -> plan.benefit(code).orElseThrow().name()).toList();
        document.add(new Paragraph(names.isEmpty() ? "Nessuna prestazione vincolata."
                : "Concorrono alla quota del 20% riservata a odontoiatria, non autosufficienza e riabilitazione: "
                + String.join(", ", names) + ".", TEXT));
    }

    private static void section(Document document, String title) {
        var heading = new Paragraph(title, HEADING);
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(4);
        document.add(heading);
    }

    private static PdfPTable table(float[] widths) {
        var table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(2);
        return table;
    }

    private static void row(PdfPTable table, String what, String value,
                            java.util.Optional<it.mutua.app.plan.domain.ResolvedField> field) {
        table.addCell(cell(new Phrase(what, TEXT)));
        table.addCell(cell(new Phrase(value, TEXT)));
        table.addCell(cell(new Phrase(BookletTexts.provenance(field), NOTE)));
    }

    private static PdfPCell cell(Phrase phrase) {
        var cell = new PdfPCell(phrase);
        cell.setBorderColor(Color.LIGHT_GRAY);
        cell.setPadding(4);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
    }

}
