/**
 * The healthcare network (strutture convenzionate): national facilities in the national schema, regional additions in
 * a regional mutual's schema, their tariffs and status history, the search, the CSV bulk load and the regime query
 * that claims use to tell a cooperative network provider from another network provider or one out of network
 * (ADR 0011).
 */
package it.mutua.app.network;
