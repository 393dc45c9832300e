/**
 * The national claims office's back office: payment batches (build one from the approved claims, download its SEPA
 * pain.001 file, confirm it was paid) and the sampling rules that send claims to review.
 */
package it.mutua.admin.claimoffice;
