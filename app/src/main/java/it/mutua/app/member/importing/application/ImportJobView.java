package it.mutua.app.member.importing.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An import job as read back: status, progress ({@code phase}: QUEUED, VALIDATING, RECONCILING, WRITING, DONE; with
 * {@code phaseDone} of {@code phaseTotal}) and counts. {@code status} is {@code INTERRUPTED} for a job whose
 * runner stopped sending heartbeats (the server died mid-import: its transaction was rolled back by PostgreSQL).
 */
public record ImportJobView(long id, String mode, String status, String phase, String fileName, long fileBytes,
                            String charset, String delimiter, LocalDate absentLeaveOn, long totalLines,
                            long processedLines, long invalidLines, int hires, int updates, int leavers,
                            int unchanged, String failureCode, String failureArgs, String createdBy,
                            OffsetDateTime createdAt, OffsetDateTime startedAt, OffsetDateTime finishedAt,
                            long phaseDone, long phaseTotal) {
}
