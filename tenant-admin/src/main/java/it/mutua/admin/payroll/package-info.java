/**
 * The cooperative administrator's payroll side: the payroll CSV import (upload, dry-run report with the problems of
 * each line, confirmation, progress of the real run) and the contribution statements.
 */
package it.mutua.admin.payroll;
