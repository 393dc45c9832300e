package it.mutua.app.identity.api;

import java.net.URI;
import java.util.List;
import java.util.TreeSet;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import it.mutua.app.identity.application.UserService;
import it.mutua.app.identity.domain.UserAccount;
import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.security.Caller;

@Path("/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Utenti / Users")
@SecurityRequirement(name = "jwt")
public class UserResource {

    @Inject
    UserService users;
    @Inject
    Caller caller;

    /** Body of POST /api/users. The tenant is given by code; omitted means the caller's own tenant. */
    public record CreateUserRequest(String username, String displayName, String password, String tenant,
                                    List<String> roles, String memberRef) {
    }

    public record UserDto(long id, String username, String displayName, long tenantId, List<String> roles) {
        static UserDto of(UserAccount u) {
            return new UserDto(u.id(), u.username(), u.displayName(), u.tenantId(), List.copyOf(new TreeSet<>(u.roles())));
        }
    }

    public record UserPage(List<UserDto> items, int page, int size, long total) {
    }

    @POST
    @RolesAllowed({"national-admin", "regional-admin", "federation-admin", "coop-admin"})
    @Operation(summary = "Crea un utente dell'ente o di un ente sottostante / Create a user of one's tenant or one below")
    public Response create(CreateUserRequest body) {
        if (body == null) {
            throw RuleViolation.invalid("body", "request.body_required");
        }
        UserAccount created = users.create(caller, new UserService.NewUser(body.username(), body.displayName(),
                body.password(), body.tenant(), body.roles(), body.memberRef()));
        return Response.created(URI.create("/api/users/" + created.id())).entity(UserDto.of(created)).build();
    }

    @GET
    @RolesAllowed({"national-admin", "regional-admin", "federation-admin", "coop-admin"})
    @Operation(summary = "Utenti di un ente / Users of a tenant")
    public UserPage list(@QueryParam("tenant") String tenant,
                         @QueryParam("page") @DefaultValue("0") int page,
                         @QueryParam("size") @DefaultValue("50") int size) {
        if (page < 0 || size < 1 || size > 200) {
            throw RuleViolation.invalid("size", "request.size.range", 200);
        }
        List<UserDto> items = users.list(caller, tenant, page, size).stream().map(UserDto::of).toList();
        return new UserPage(items, page, size, users.count(caller, tenant));
    }
}
