/** Statements generated from the enrolments of the tenant in context, payments, arrears, in one transaction each. */
package it.mutua.app.member.contribution.application;
