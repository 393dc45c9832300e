/**
 * The monthly payroll CSV import (issue 4, part 5): a documented column layout, dialect detection, a per-line report
 * (dry run), then an all-or-nothing (or valid-lines) import, idempotent by codice fiscale, run as a job whose progress
 * can be polled. Layout: {@code domain} (the file's rules, pure), {@code application} (jobs, the transaction, bulk
 * writes), {@code api} (the REST resource).
 */
package it.mutua.app.member.importing;
