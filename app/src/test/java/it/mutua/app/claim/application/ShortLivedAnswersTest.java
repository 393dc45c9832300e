package it.mutua.app.claim.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class ShortLivedAnswersTest {

    private final AtomicInteger asked = new AtomicInteger();

    private String ask() {
        return "answer " + asked.incrementAndGet();
    }

    @Test
    void aKeyIsAskedOnceWhileItsAnswerIsFresh() {
        var answers = new ShortLivedAnswers<String, String>(60_000, 10);
        assertEquals("answer 1", answers.get("a", this::ask));
        assertEquals("answer 1", answers.get("a", this::ask));
        assertEquals("answer 2", answers.get("b", this::ask));
        assertEquals(2, asked.get());
    }

    @Test
    void anExpiredAnswerIsAskedAgain() {
        var answers = new ShortLivedAnswers<String, String>(0, 10);
        answers.get("a", this::ask);
        assertEquals("answer 2", answers.get("a", this::ask));
    }

    @Test
    void aFullCacheForgetsEverythingRatherThanGrowing() {
        var answers = new ShortLivedAnswers<String, String>(60_000, 2);
        answers.get("a", this::ask);
        answers.get("b", this::ask);
        answers.get("c", this::ask);
        assertEquals("answer 4", answers.get("a", this::ask), "a was forgotten when c came in");
    }
}
