package it.mutua.admin.api;

import java.util.List;

/** Answer of {@code POST /api/regional-mutuals}: the new regional mutual and the cooperatives moved under it. */
public record Constitution(Tenant regional, int movedCount, List<String> moved) {

    public Constitution {
        moved = moved == null ? List.of() : List.copyOf(moved);
    }
}
