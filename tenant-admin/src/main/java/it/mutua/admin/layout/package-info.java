/**
 * The application shell around the logged-in views: {@link it.mutua.admin.layout.MainLayout}
 * (header with user, tenant, language and logout; role-aware side menu built from
 * {@link it.mutua.admin.layout.Menu}).
 */
package it.mutua.admin.layout;
