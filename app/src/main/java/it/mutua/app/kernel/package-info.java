/**
 * The shared kernel of Mutua: small, immutable value objects for the Italian identifiers and codes that every
 * bounded context (membership, contributions, claims, payments) needs to agree on.
 *
 * <p>Why a kernel: a codice fiscale or an IBAN validated one way in the membership module and another way in the
 * payments module is a bug waiting to happen. Keeping the rules in one place, free of any framework import, means
 * they can be used from JAX-RS resources, JPA converters, batch jobs, the demo data generator and Vaadin views alike,
 * and are tested in milliseconds.
 *
 * <p>Conventions followed by every type in this package:
 * <ul>
 *   <li>instances are only obtainable through a static factory ({@code parse}, {@code of...}) that normalises and
 *       validates, so holding an instance is proof that the value is valid;</li>
 *   <li>invalid input is reported with {@link it.mutua.app.kernel.InvalidValueException}, which carries a stable
 *       machine-readable code, the offending field and a message in Italian and in English that a person can act on
 *       (a REST layer maps it to a 400 response);</li>
 *   <li>the rejected value is never copied into the exception: these identifiers are personal data and exception
 *       messages end up in logs.</li>
 * </ul>
 */
package it.mutua.app.kernel;
