package it.mutua.app.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;

import org.junit.jupiter.api.Test;

class UserAccountTest {

    private static final int MAX_FAILURES = 5;
    private static final Duration LOCK = Duration.ofMinutes(15);
    private static final OffsetDateTime T0 = OffsetDateTime.of(2025, 3, 1, 9, 0, 0, 0, ZoneOffset.ofHours(1));

    private final UserAccount account = new UserAccount("mario.rossi", "Mario Rossi", "hash", 42L,
            Set.of("COOP_ADMIN"), null);

    private void fail(int times, OffsetDateTime at) {
        for (int i = 0; i < times; i++) {
            account.recordFailedLogin(at, MAX_FAILURES, LOCK);
        }
    }

    @Test
    void aNewAccountIsNotLocked() {
        assertFalse(account.isLocked(T0));
        assertNull(account.lockedUntil());
    }

    @Test
    void fourFailuresInARowDoNotLock() {
        fail(4, T0);
        assertFalse(account.isLocked(T0));
        assertNull(account.lockedUntil());
    }

    @Test
    void theFifthFailureInARowLocksForTheGivenDuration() {
        fail(4, T0);
        OffsetDateTime fifth = T0.plusSeconds(30);
        account.recordFailedLogin(fifth, MAX_FAILURES, LOCK);

        assertTrue(account.isLocked(fifth));
        assertEquals(fifth.plus(LOCK), account.lockedUntil());
    }

    @Test
    void aLockedAccountStaysLockedUntilTheLockExpires() {
        fail(5, T0);
        assertTrue(account.isLocked(T0.plusMinutes(1)));
        assertTrue(account.isLocked(T0.plus(LOCK).minusNanos(1)));
    }

    @Test
    void theLockExpiresAfterTheGivenDuration() {
        fail(5, T0);
        assertFalse(account.isLocked(T0.plus(LOCK)));
        assertFalse(account.isLocked(T0.plus(LOCK).plusHours(1)));
    }

    @Test
    void theLockHonoursTheDurationItIsGiven() {
        account.recordFailedLogin(T0, 1, Duration.ofHours(2));
        assertTrue(account.isLocked(T0.plusMinutes(119)));
        assertFalse(account.isLocked(T0.plusMinutes(120)));
    }

    @Test
    void aSuccessfulLoginResetsTheCounterOfFailures() {
        fail(4, T0);
        account.recordSuccessfulLogin();
        fail(4, T0.plusMinutes(1));
        assertFalse(account.isLocked(T0.plusMinutes(1)), "4 + 4 failures separated by a success must not lock");
        account.recordFailedLogin(T0.plusMinutes(2), MAX_FAILURES, LOCK);
        assertTrue(account.isLocked(T0.plusMinutes(2)), "the fifth failure after the success locks");
    }

    @Test
    void aSuccessfulLoginClearsTheLock() {
        fail(5, T0);
        account.recordSuccessfulLogin();
        assertFalse(account.isLocked(T0));
        assertNull(account.lockedUntil());
    }

    @Test
    void afterALockExpiresAFreshSeriesOfFiveFailuresIsNeededToLockAgain() {
        fail(5, T0);
        OffsetDateTime later = T0.plus(LOCK).plusMinutes(1);
        fail(4, later);
        assertFalse(account.isLocked(later), "the lock reset the counter");
        account.recordFailedLogin(later, MAX_FAILURES, LOCK);
        assertTrue(account.isLocked(later));
        assertEquals(later.plus(LOCK), account.lockedUntil());
    }
}
