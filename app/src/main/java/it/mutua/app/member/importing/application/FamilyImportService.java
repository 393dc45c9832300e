package it.mutua.app.member.importing.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import it.mutua.app.member.importing.domain.CsvDialect;
import it.mutua.app.member.importing.domain.FamilyParser;
import it.mutua.app.member.importing.domain.ParsedFamily;
import it.mutua.app.member.importing.domain.PayrollFileException;
import it.mutua.app.problem.ProblemException;

/**
 * The family file of the caller's cooperative, all-or-nothing: spooled within limits, read with the payroll file's
 * dialect rules, checked line by line, then written in one transaction ({@link FamilyImportWriter}) or not at all.
 * Synchronous, unlike the payroll import: a family file is a fraction of a payroll (the biggest cooperative's is a
 * few thousand lines, seconds of work), so the answer itself is the report; the line limit keeps it so.
 */
@ApplicationScoped
public class FamilyImportService {

    @Inject
    FamilyImportWriter writer;
    @Inject
    @ConfigProperty(name = "mutua.import.max-bytes", defaultValue = "33554432")
    long maxBytes;
    @Inject
    @ConfigProperty(name = "mutua.family-import.max-lines", defaultValue = "20000")
    long maxLines;

    public FamilyImportReport importFile(InputStream body, long contentLength, String actor) {
        if (contentLength > maxBytes) {
            throw new ProblemException(Response.Status.REQUEST_ENTITY_TOO_LARGE, "member.import.too_large",
                    maxBytes / (1024 * 1024));
        }
        UploadSpool.Spooled file = UploadSpool.spool(body, maxBytes, maxLines);
        try {
            ParsedFamily parsed = parse(file);
            if (!parsed.allValid()) {
                return FamilyImportReport.rejected(parsed.dataLines(), parsed.invalidLines(), parsed.problems());
            }
            try {
                int[] counts = writer.write(parsed.rows(), actor);
                return FamilyImportReport.completed(parsed.dataLines(), counts[0], counts[1]);
            } catch (FamilyImportWriter.Rejected e) {
                return FamilyImportReport.rejected(parsed.dataLines(), e.problems().size(), e.problems());
            }
        } finally {
            file.delete();
        }
    }

    private static ParsedFamily parse(UploadSpool.Spooled file) {
        try {
            CsvDialect dialect = CsvDialect.detect(file.file());
            try (InputStream in = Files.newInputStream(file.file())) {
                return new FamilyParser().parse(in, dialect);
            }
        } catch (PayrollFileException e) {
            throw ProblemException.badRequest(e.code(), e.args());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
