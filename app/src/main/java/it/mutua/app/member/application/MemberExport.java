package it.mutua.app.member.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import it.mutua.app.member.domain.Member;
import it.mutua.app.member.domain.MemberRepository;
import it.mutua.app.plan.domain.FamilyRole;
import it.mutua.app.tenancy.TenantRef;
import it.mutua.app.tenancy.TenantScopes;

/**
 * The member list of a tenant as CSV for spreadsheets used in Italy: {@code ;}-separated, Italian headers, dates as
 * dd/MM/yyyy, UTF-8 with a byte-order mark (so Excel reads the accents). Streamed in keyset batches, each read in its
 * own short transaction of the tenant: memory stays flat whatever the number of members.
 */
@ApplicationScoped
public class MemberExport {

    static final int BATCH = 500;
    static final List<String> HEADERS = List.of("Codice fiscale", "Cognome", "Nome", "Data di nascita", "Sesso",
            "Ruolo", "Codice fiscale titolare", "Email", "Telefono", "Indirizzo", "CAP", "Comune", "Codice ISTAT",
            "Provincia", "IBAN", "Data assunzione", "Data cessazione", "Tipo contratto");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    MemberRepository members;
    @Inject
    TenantScopes scopes;

    private record Batch(List<Member> members, Map<Long, String> holders) {
    }

    public void write(TenantRef tenant, Writer out) {
        try {
            out.write('\uFEFF');
            out.write(line(HEADERS));
            long after = 0;
            while (true) {
                long from = after;
                Batch batch = scopes.callAs(tenant, () -> {
                    List<Member> page = members.batchAfter(from, BATCH);
                    return new Batch(page, members.fiscalCodesOf(page.stream().map(Member::holderId)
                            .filter(Objects::nonNull).distinct().toList()));
                });
                for (Member m : batch.members()) {
                    out.write(line(row(m, batch.holders())));
                }
                if (batch.members().size() < BATCH) {
                    break;
                }
                after = batch.members().getLast().id();
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> row(Member m, Map<Long, String> holders) {
        return java.util.Arrays.asList(m.fiscalCode(), m.familyName(), m.givenName(), date(m.birthDate()), m.sex(),
                role(m.familyRole()), m.holderId() == null ? "" : holders.getOrDefault(m.holderId(), ""), m.email(),
                m.phone(), m.street(), m.postcode(), m.municipalityName(), m.municipalityIstat(), m.province(),
                m.iban(), date(m.hireDate()), date(m.endDate()),
                m.contractType() == null ? "" : m.contractType().italian());
    }

    static String role(FamilyRole role) {
        return switch (role) {
            case WORKER -> "Socio";
            case SPOUSE -> "Coniuge";
            case CHILD -> "Figlio";
            case OTHER_DEPENDANT -> "Altro familiare";
        };
    }

    private static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    /** One CSV line: a field with {@code ;}, quotes or line breaks is quoted, quotes doubled; CRLF ends it. */
    static String line(List<String> fields) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                b.append(';');
            }
            String f = fields.get(i) == null ? "" : fields.get(i);
            if (f.indexOf(';') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                b.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                b.append(f);
            }
        }
        return b.append("\r\n").toString();
    }
}
