/**
 * Members: the people enrolled through a tenant, keyed by codice fiscale, stored in that tenant's schema. This is the
 * first slice (registry basics and parent reads); families, enrolment and contributions grow here.
 */
package it.mutua.app.member;
