/**
 * "Enti": the user's tenant and, below it, the tenants it can see, page by page from
 * {@code GET /api/tenants/{code}/children}. Clicking a child opens it ({@code enti/{code}}).
 */
package it.mutua.admin.tenant;
