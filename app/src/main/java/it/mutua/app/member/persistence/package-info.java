/** JPA and native-SQL implementations of the member repositories and of the person index in {@code control}. */
package it.mutua.app.member.persistence;
