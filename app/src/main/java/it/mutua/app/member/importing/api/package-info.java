/** The REST resource of payroll imports: upload (dry run or import), status with progress and report, history. */
package it.mutua.app.member.importing.api;
