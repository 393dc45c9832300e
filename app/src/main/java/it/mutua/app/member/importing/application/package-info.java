/**
 * Import jobs: spooling the upload to disk within limits, running the job on a managed thread in the tenant's
 * schema, one transaction for the writes, progress written in short side transactions.
 */
package it.mutua.app.member.importing.application;
