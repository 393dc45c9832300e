/** The member aggregate. */
package it.mutua.app.member.domain;
