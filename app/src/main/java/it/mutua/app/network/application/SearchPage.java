package it.mutua.app.network.application;

import java.util.List;

/** The first rows of one schema's matches in the requested order, and how many match in all. */
public record SearchPage(List<FacilityHit> rows, long total) {
}
