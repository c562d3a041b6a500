package shop.order.api;

import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProblemMappersTest {

    @Test
    void shouldTreatAJmsFailureAnywhereInTheCauseChainAsTheBrokerBeingUnavailable() {
        assertTrue(ProblemMappers.causedByTheBroker(new JMSRuntimeException("Could not create a session")));
        assertTrue(ProblemMappers.causedByTheBroker(
                new IllegalStateException("wrapped", new RuntimeException(new JMSException("connection failed")))));
    }

    @Test
    void shouldNotBlameTheBrokerForOtherFailures() {
        assertFalse(ProblemMappers.causedByTheBroker(new IllegalStateException("bug", new NullPointerException())));
    }
}
