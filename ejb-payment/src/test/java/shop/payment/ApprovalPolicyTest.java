package shop.payment;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApprovalPolicyTest {

    private final ApprovalPolicy policy = new ApprovalPolicy(new BigDecimal("100.00"));

    @Test
    void shouldApproveAmountsUpToAndIncludingTheLimit() {
        assertTrue(policy.declineReason(new BigDecimal("0.01")).isEmpty());
        assertTrue(policy.declineReason(new BigDecimal("100.00")).isEmpty());
    }

    @Test
    void shouldDeclineAmountsAboveTheLimitWithTheLimitInTheReason() {
        assertEquals("amount 100.01 exceeds the approval limit of 100.00",
                policy.declineReason(new BigDecimal("100.01")).orElseThrow());
    }

    @Test
    void shouldDeclineZeroAndNegativeAmounts() {
        assertTrue(policy.declineReason(BigDecimal.ZERO).isPresent());
        assertTrue(policy.declineReason(new BigDecimal("-5")).isPresent());
    }
}
