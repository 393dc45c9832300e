/** Who is calling: the {@link it.mutua.app.security.Caller} built from the verified MicroProfile JWT, and the role names. */
package it.mutua.app.security;
