/** The logged-in user's own page: who they are, their roles and tenant, as {@code /api/me} says. */
package it.mutua.admin.account;
