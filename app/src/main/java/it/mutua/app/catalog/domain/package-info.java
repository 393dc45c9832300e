/** The tenant aggregate, its tree rules and the visibility rule; no JAX-RS, no SQL. */
package it.mutua.app.catalog.domain;
