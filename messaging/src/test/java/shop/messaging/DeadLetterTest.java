package shop.messaging;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeadLetterTest {

    @Test
    void shouldNameEachCauseOnceAndLeaveOutContainerWrappersThatOnlyRepeatTheirCause() {
        Exception smtp = new java.net.ConnectException("Connection refused");
        Exception mail = new IllegalStateException("welcome mail to a@b.c failed", smtp);
        Exception container = new RuntimeException(mail.toString(), mail); // as EJBException wraps
        assertEquals("IllegalStateException: welcome mail to a@b.c failed / caused by ConnectException: Connection refused",
                DeadLetter.reasonOf(container));
    }

    @Test
    void shouldKeepAnExceptionWithoutMessageByItsTypeAndCutAnOverlongReason() {
        assertEquals("NullPointerException", DeadLetter.reasonOf(new NullPointerException()));
        String reason = DeadLetter.reasonOf(new IllegalArgumentException("x".repeat(5000)));
        assertEquals(DeadLetter.MAX_REASON_LENGTH, reason.length());
        assertTrue(reason.endsWith("…"));
    }

    @Test
    void shouldNameARepeatedCauseOnceAsWhenTheContainerRethrowsACopy() {
        Exception root = new java.net.ConnectException("Connection refused");
        Exception copy = new IllegalStateException("mail failed", new IllegalStateException("mail failed", root));
        Exception container = new RuntimeException("Exception thrown from bean: " + copy, copy);
        assertEquals("IllegalStateException: mail failed / caused by ConnectException: Connection refused",
                DeadLetter.reasonOf(container));
    }
}
