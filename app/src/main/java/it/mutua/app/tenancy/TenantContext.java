package it.mutua.app.tenancy;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The tenant the current thread works for. A stack, because a parent read pushes the child tenant for the duration
 * of one explicit, audited unit of work and pops back to the caller's tenant afterwards.
 *
 * <p>Package-private on purpose: only the request filter and {@link TenantScopes} may change it.
 */
final class TenantContext {

    private static final ThreadLocal<Deque<TenantRef>> STACK = ThreadLocal.withInitial(ArrayDeque::new);

    private TenantContext() {
    }

    static Optional<TenantRef> current() {
        return Optional.ofNullable(STACK.get().peek());
    }

    /** The first tenant pushed on this thread: the request's own, whatever parent read is under way above it. */
    static Optional<TenantRef> requestTenant() {
        return Optional.ofNullable(STACK.get().peekLast());
    }

    static void push(TenantRef tenant) {
        STACK.get().push(tenant);
    }

    static void pop() {
        Deque<TenantRef> stack = STACK.get();
        stack.pop();
        if (stack.isEmpty()) {
            STACK.remove();
        }
    }

    /** Forget everything: called when a request ends so a pooled thread never carries a tenant into the next request. */
    static void clear() {
        STACK.remove();
    }
}
