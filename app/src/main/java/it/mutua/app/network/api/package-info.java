/** REST: /api/network/facilities (search, CRUD, tariffs, status, CSV import) and /api/network/regime. */
package it.mutua.app.network.api;
