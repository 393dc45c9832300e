/** Member use cases, in the caller's tenant or, for parents, in a child tenant through an audited parent read. */
package it.mutua.app.member.application;
