/** The REST application, its error body ({@link it.mutua.app.platform.api.Problem}) and the exception mappers. */
package it.mutua.app.platform.api;

import it.mutua.app.problem.Problem;
