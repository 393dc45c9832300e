/**
 * The healthcare network for the offices: search the facilities of one's own network (national: all; regional: the
 * national network plus its own additions) with a lazy grid, and the owner's form to add or change a facility.
 */
package it.mutua.admin.network;
