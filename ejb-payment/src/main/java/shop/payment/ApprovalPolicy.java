package shop.payment;

import java.math.BigDecimal;
import java.util.Optional;

/** The stand-in for a card network's decision: amounts above the limit are declined. */
final class ApprovalPolicy {

    private final BigDecimal approvalLimit;

    ApprovalPolicy(BigDecimal approvalLimit) {
        this.approvalLimit = approvalLimit;
    }

    /** Empty when approved, else the reason for the decline. */
    Optional<String> declineReason(BigDecimal amount) {
        if (amount.signum() <= 0) {
            return Optional.of("amount must be positive, was " + amount);
        }
        if (amount.compareTo(approvalLimit) > 0) {
            return Optional.of("amount " + amount.toPlainString() + " exceeds the approval limit of "
                    + approvalLimit.toPlainString());
        }
        return Optional.empty();
    }
}
