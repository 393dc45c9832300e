/**
 * The rules of a payroll file, independent of storage and transport: which columns, which dialect (separator and
 * encoding), how each line is validated, and what each valid line means against the current list (hire, change,
 * leaver, nothing to do).
 */
package it.mutua.app.member.importing.domain;
