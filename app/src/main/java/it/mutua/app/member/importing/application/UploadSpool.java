package it.mutua.app.member.importing.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.ws.rs.core.Response;

import it.mutua.app.problem.ProblemException;

/**
 * Copies an upload to a temporary file as it arrives, never holding it in memory, and stops at the limits: more
 * bytes than {@code maxBytes} is 413 at once (the rest of the body is not read), more lines than {@code maxLines} too.
 * Why a file and not the request stream: the job runs after the request has answered, and reads the file twice
 * (encoding detection, then parsing).
 */
public final class UploadSpool {

    /** The spooled upload: where it is, how big, how many line breaks. */
    public record Spooled(Path file, long bytes, long lines) {
        public void delete() {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a leftover temporary file is harmless; the next server start's temp cleanup takes it
            }
        }
    }

    private UploadSpool() {
    }

    public static Spooled spool(InputStream body, long maxBytes, long maxLines) {
        if (body == null) {
            throw ProblemException.badRequest("member.import.empty");
        }
        Path file;
        try {
            file = Files.createTempFile("mutua-payroll-", ".csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long bytes = 0;
        long lines = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = body; OutputStream out = Files.newOutputStream(file)) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                bytes += read;
                if (bytes > maxBytes) {
                    throw new ProblemException(Response.Status.REQUEST_ENTITY_TOO_LARGE, "member.import.too_large",
                            maxBytes / (1024 * 1024));
                }
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
                if (lines > maxLines + 1) {
                    throw new ProblemException(Response.Status.REQUEST_ENTITY_TOO_LARGE, "member.import.too_many_lines",
                            maxLines);
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException | RuntimeException e) {
            new Spooled(file, 0, 0).delete();
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new UncheckedIOException((IOException) e);
        }
        if (bytes == 0) {
            new Spooled(file, 0, 0).delete();
            throw ProblemException.badRequest("member.import.empty");
        }
        return new Spooled(file, bytes, lines);
    }
}
