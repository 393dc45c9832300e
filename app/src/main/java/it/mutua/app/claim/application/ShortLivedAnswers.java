package it.mutua.app.claim.application;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Answers kept for a short time per key, for lookups that every claim repeats (the adopted plan, a facility's
 * regime) and whose source changes only from a date: a stale answer lives at most {@code ttlMillis}. Bounded by
 * forgetting everything when full, which is cheap here because every answer can be asked again.
 */
final class ShortLivedAnswers<K, V> {

    private record Answer<V>(V value, long loadedAt) {
    }

    private final long ttlMillis;
    private final int maxEntries;
    private final Map<K, Answer<V>> answers = new ConcurrentHashMap<>();

    ShortLivedAnswers(long ttlMillis, int maxEntries) {
        this.ttlMillis = ttlMillis;
        this.maxEntries = maxEntries;
    }

    V get(K key, Supplier<V> ask) {
        long now = System.currentTimeMillis();
        Answer<V> cached = answers.get(key);
        if (cached != null && now - cached.loadedAt() < ttlMillis) {
            return cached.value();
        }
        V value = ask.get();
        if (answers.size() >= maxEntries) {
            answers.clear();
        }
        answers.put(key, new Answer<>(value, now));
        return value;
    }
}
