/**
 * Login and access: the user's token and profile live in the {@link com.vaadin.flow.server.VaadinSession}
 * ({@link it.mutua.admin.security.CurrentUser}); {@link it.mutua.admin.security.AccessGuard} sends
 * anonymous users to the {@link it.mutua.admin.security.LoginView} and checks each view's
 * {@code @RolesAllowed}/{@code @AnonymousAllowed} before it is entered. The API stays the real
 * authority: the UI only hides what the user could not do anyway.
 */
package it.mutua.admin.security;
