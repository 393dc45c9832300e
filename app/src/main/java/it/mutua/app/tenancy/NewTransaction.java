package it.mutua.app.tenancy;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** A CDI bean whose only job is to start a fresh JTA transaction around a piece of work. */
@ApplicationScoped
class NewTransaction {

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    <T> T call(Supplier<T> work) {
        return work.get();
    }
}
