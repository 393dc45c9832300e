/**
 * The plan editor: the effective plan of a tenant on a date with each value's provenance (national / changed by the
 * federation / added by the region / cooperative) and locks, and for layer owners the drafts of their own layer
 * (set and lock fields, save, publish) with the API's lock conflicts explained.
 */
package it.mutua.admin.plan;
