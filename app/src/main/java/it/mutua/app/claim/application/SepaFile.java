package it.mutua.app.claim.application;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.xml.sax.SAXException;

import it.mutua.app.claim.domain.SepaText;
import it.mutua.app.plan.domain.Money;

/**
 * A SEPA credit transfer initiation (ISO 20022 pain.001.001.09, EPC SCT customer-to-bank guidelines) paying claims to
 * members' IBANs, written with StAX and validated against the bundled ISO 20022 schema with the JDK's
 * {@code javax.xml.validation}: a file that does not validate is never stored, let alone sent to the bank. The schema
 * caps names at 70 characters but admits any Unicode; the EPC rules admit only a Latin subset, so names and remittance
 * text go through {@link SepaText} first.
 */
public final class SepaFile {

    static final int NAME_LENGTH = 70;
    static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09";
    private static final Schema SCHEMA = loadSchema();

    /** Who pays: the national mutual's account. {@code bic} may be empty (then "NOTPROVIDED", allowed for SEPA). */
    public record Debtor(String name, String iban, String bic) {
    }

    /** One transfer: the claim it pays, to whom, how much. */
    public record Transfer(long claimId, String creditorName, String iban, Money amount) {
    }

    private SepaFile() {
    }

    public static String write(String messageId, OffsetDateTime created, LocalDate execution, Debtor debtor,
                               List<Transfer> transfers) {
        Money total = transfers.stream().map(Transfer::amount).reduce(Money.ZERO, Money::plus);
        var out = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("Document");
            x.writeDefaultNamespace(NAMESPACE);
            x.writeStartElement("CstmrCdtTrfInitn");
            x.writeStartElement("GrpHdr");
            text(x, "MsgId", messageId);
            text(x, "CreDtTm", created.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            text(x, "NbOfTxs", Integer.toString(transfers.size()));
            text(x, "CtrlSum", total.amount().toPlainString());
            x.writeStartElement("InitgPty");
            text(x, "Nm", name(debtor.name()));
            x.writeEndElement();
            x.writeEndElement();
            x.writeStartElement("PmtInf");
            text(x, "PmtInfId", messageId);
            text(x, "PmtMtd", "TRF");
            text(x, "BtchBookg", "true");
            text(x, "NbOfTxs", Integer.toString(transfers.size()));
            text(x, "CtrlSum", total.amount().toPlainString());
            x.writeStartElement("PmtTpInf");
            x.writeStartElement("SvcLvl");
            text(x, "Cd", "SEPA");
            x.writeEndElement();
            x.writeEndElement();
            x.writeStartElement("ReqdExctnDt");
            text(x, "Dt", execution.toString());
            x.writeEndElement();
            x.writeStartElement("Dbtr");
            text(x, "Nm", name(debtor.name()));
            x.writeEndElement();
            account(x, "DbtrAcct", debtor.iban());
            x.writeStartElement("DbtrAgt");
            x.writeStartElement("FinInstnId");
            if (debtor.bic() == null || debtor.bic().isBlank()) {
                x.writeStartElement("Othr");
                text(x, "Id", "NOTPROVIDED");
                x.writeEndElement();
            } else {
                text(x, "BICFI", debtor.bic());
            }
            x.writeEndElement();
            x.writeEndElement();
            text(x, "ChrgBr", "SLEV");
            for (Transfer t : transfers) {
                transfer(x, messageId, t);
            }
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("SEPA file could not be written", e);
        }
        String xml = out.toString();
        validate(xml);
        return xml;
    }

    /** Throws when {@code xml} is not a valid pain.001.001.09 document under the EPC rules. */
    public static void validate(String xml) {
        try {
            SCHEMA.newValidator().validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException | java.io.IOException e) {
            throw new IllegalStateException("SEPA file does not validate against pain.001.001.09: " + e.getMessage(), e);
        }
    }

    private static void transfer(XMLStreamWriter x, String messageId, Transfer t) throws XMLStreamException {
        x.writeStartElement("CdtTrfTxInf");
        x.writeStartElement("PmtId");
        text(x, "EndToEndId", "CLAIM-" + t.claimId());
        x.writeEndElement();
        x.writeStartElement("Amt");
        x.writeStartElement("InstdAmt");
        x.writeAttribute("Ccy", "EUR");
        x.writeCharacters(t.amount().amount().toPlainString());
        x.writeEndElement();
        x.writeEndElement();
        x.writeStartElement("Cdtr");
        text(x, "Nm", name(t.creditorName()));
        x.writeEndElement();
        account(x, "CdtrAcct", t.iban());
        x.writeStartElement("RmtInf");
        text(x, "Ustrd", SepaText.latin("Rimborso sanitario pratica " + t.claimId() + " / " + messageId, 140));
        x.writeEndElement();
        x.writeEndElement();
    }

    /**
     * A party's name as the bank gets it: in the EPC Latin character set and at most 70 characters. Transliterated
     * here, when the file is written, rather than when the name is stored: the claim keeps the name as the member
     * registry spells it ("Niccolò"), and every name reaching a file, whoever typed it, is safe for every bank.
     */
    static String name(String raw) {
        return SepaText.latin(raw, NAME_LENGTH);
    }

    private static void account(XMLStreamWriter x, String element, String iban) throws XMLStreamException {
        x.writeStartElement(element);
        x.writeStartElement("Id");
        text(x, "IBAN", iban);
        x.writeEndElement();
        x.writeEndElement();
    }

    private static void text(XMLStreamWriter x, String element, String value) throws XMLStreamException {
        x.writeStartElement(element);
        x.writeCharacters(value);
        x.writeEndElement();
    }

    private static Schema loadSchema() {
        try (var xsd = SepaFile.class.getResourceAsStream("/sepa/pain.001.001.09.xsd")) {
            if (xsd == null) {
                throw new IllegalStateException("sepa/pain.001.001.09.xsd missing from the class path");
            }
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            // the schema is self-contained: nothing may be fetched from elsewhere while loading it
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(new StreamSource(xsd));
        } catch (SAXException | java.io.IOException e) {
            throw new IllegalStateException("SEPA schema could not be loaded", e);
        }
    }
}
