package it.mutua.admin.myclaims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import it.mutua.admin.api.MyClaimsApi;

class ClaimFormTest {

    private static ClaimForm form(ClaimForm.Where where) {
        ClaimForm form = new ClaimForm();
        form.setPatient("RSSMRA85T10A562S");
        form.setBenefit("SPECIALIST_VISITS");
        form.setWhere(where);
        form.setServiceDate(LocalDate.of(2026, 11, 2));
        form.setInvoiceDate(LocalDate.of(2026, 11, 2));
        form.setAmount(new BigDecimal("90.5"));
        form.setInvoiceNumber(" F-12 ");
        form.setIban("it60 x054 2811 1010 0000 0123 456");
        return form;
    }

    @Test
    void aNetworkFacilityIsSentByReferenceWithTheRegimeOfItsKind() {
        ClaimForm form = form(ClaimForm.Where.NETWORK);
        form.setFacility(new MyClaimsApi.Facility(42, "Centro Arcobaleno", "Poliambulatorio", "Milano", true));
        MyClaimsApi.NewLine line = form.toRequest().lines().get(0);
        assertEquals("42", line.facility());
        assertEquals("COOPERATIVE_NETWORK", line.regime());
        assertEquals(new BigDecimal("90.50"), line.invoiced());
        assertEquals("F-12", line.invoiceNumber());
        assertEquals("IT60X0542811101000000123456", form.toRequest().iban());
    }

    @Test
    void aFreeTextProviderIsOutOfNetworkAndATicketIsATicket() {
        ClaimForm other = form(ClaimForm.Where.OTHER_PROVIDER);
        other.setProvider("Dott. Bianchi");
        assertEquals("OUT_OF_NETWORK", other.toRequest().lines().get(0).regime());
        assertNull(other.toRequest().lines().get(0).facility());
        assertEquals("Dott. Bianchi", other.toRequest().lines().get(0).provider());
        assertEquals("SSN_TICKET", form(ClaimForm.Where.SSN_TICKET).toRequest().lines().get(0).regime());
    }

    @Test
    void apiViolationsOfTheLineAreMappedToTheFormFields() {
        assertEquals("invoiced", ClaimForm.fieldOf("lines[0].invoiced"));
        assertEquals("iban", ClaimForm.fieldOf("iban"));
        assertEquals("", ClaimForm.fieldOf(null));
    }

    @Test
    void statusBadgesAreGreenForApprovedAndRedForRejected() {
        assertEquals("badge success", ClaimTexts.badgeTheme("APPROVED"));
        assertEquals("badge error", ClaimTexts.badgeTheme("REJECTED"));
        assertEquals("badge", ClaimTexts.badgeTheme("IN_REVIEW"));
        assertEquals("–", ClaimTexts.euros(null));
    }
}
