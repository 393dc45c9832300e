/**
 * The seed-scale data set and the performance harness (issue 8): a deterministic generator that loads the real
 * federation's size into a running Mutua through its own REST API ({@link it.mutua.seed.SeedMain} {@code load}), a
 * consistency check straight in the database ({@code verify}), and the measurements against the loaded data set
 * ({@code measure}). Not part of any WAR; run with {@code scripts/seed.sh}.
 */
package it.mutua.seed;
