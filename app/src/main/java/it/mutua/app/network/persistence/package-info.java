/**
 * The facility tables of the tenant in context, in plain JDBC on the transaction's connection: batch inserts for bulk
 * loads and the search SQL (filters, bounding box and haversine distance) are written by hand.
 */
package it.mutua.app.network.persistence;
