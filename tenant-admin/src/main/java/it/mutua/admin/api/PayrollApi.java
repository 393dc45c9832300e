package it.mutua.admin.api;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cooperative's payroll import ({@code /api/members/imports}: upload in a mode, follow the job, read its report)
 * and contribution statements ({@code /api/contributions/statements}).
 */
@Singleton
public class PayrollApi {

    private static final Type JOBS = ApiHttp.listOf(Job.class);
    private static final Type STATEMENTS = ApiHttp.listOf(Statement.class);

    private final ApiHttp http;

    @Inject
    public PayrollApi(ApiHttp http) {
        this.http = http;
    }

    /** An import job: mode (dry-run, all-or-nothing, valid-lines), status, phase and progress, outcome counts. */
    public record Job(long id, String mode, String status, String phase, String fileName, long fileBytes,
                      long totalLines, long processedLines, long invalidLines, int hires, int updates, int leavers,
                      int unchanged, String failureCode, OffsetDateTime createdAt, OffsetDateTime finishedAt,
                      long phaseDone, long phaseTotal) {

        public boolean finished() {
            return !"QUEUED".equals(status) && !"RUNNING".equals(status);
        }
    }

    /** Why a job failed as a whole, in both languages. */
    public record Failure(String code, String messageIt, String messageEn) {
    }

    /** One problem of one line of the file, in both languages. */
    public record ReportLine(long line, String field, String code, String messageIt, String messageEn) {
    }

    /** A job with its report. */
    public record JobReport(Job job, Failure failure, List<ReportLine> report) {

        public JobReport {
            report = report == null ? List.of() : report;
        }
    }

    /** A contribution statement of a period. */
    public record Statement(String period, LocalDate periodStart, LocalDate periodEnd, LocalDate dueDate,
                            BigDecimal total, BigDecimal paid, BigDecimal outstanding, int lineCount, String status) {
    }

    public record PeriodBody(String period) {
    }

    /** Uploads the CSV in {@code mode} ("dry-run", "all-or-nothing", "valid-lines") and returns the queued job. */
    public Job upload(byte[] csv, String fileName, String mode, Caller caller) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("mode", mode);
        query.put("fileName", fileName);
        return http.postBytes("/api/members/imports", query, "text/csv", csv, caller, Job.class);
    }

    public JobReport job(long id, Caller caller) {
        return http.get("/api/members/imports/" + id, Map.of(), caller, JobReport.class);
    }

    public List<Job> history(Caller caller) {
        return http.get("/api/members/imports", Map.of("page", "0", "size", "20"), caller, JOBS);
    }

    public List<Statement> statements(Caller caller) {
        return http.get("/api/contributions/statements", Map.of(), caller, STATEMENTS);
    }

    /** Generates the statement of {@code period} ("2026" or "2026-03"). */
    public Statement generate(String period, Caller caller) {
        return http.post("/api/contributions/statements", new PeriodBody(period), caller, Statement.class);
    }
}
