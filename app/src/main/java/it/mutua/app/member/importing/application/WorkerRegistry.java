package it.mutua.app.member.importing.application;

import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import it.mutua.app.member.importing.domain.Change;
import it.mutua.app.member.importing.domain.CurrentWorker;

/**
 * The member registry as the import sees it, in the tenant in context and the caller's transaction. Implemented with
 * bulk SQL on the session's own connection: 72,000 rows one entity at a time would not fit the 30-second target.
 */
public interface WorkerRegistry {

    /** Every worker of the registry with their employment, by codice fiscale. */
    Map<String, CurrentWorker> load();

    /**
     * Writes the changes (hires, updates, leavers), reporting how many are done as it goes.
     *
     * @param actor who asked for the import, for the history rows
     * @return the change in open coverage periods (hires enrolled minus periods closed), for the "enrolled" figure
     */
    int apply(List<Change> writes, String actor, IntConsumer progress);
}
