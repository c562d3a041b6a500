package shop.payment;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import shop.api.payment.LocalPaymentService;
import shop.api.payment.NothingToRefundException;
import shop.api.payment.PaymentReceipt;
import shop.api.payment.PaymentRequest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.logging.Logger;

/**
 * The payment system's charges, for callers in its own JVM. Each charge commits in its own transaction, like an
 * external payment system would: the caller's rollback does not undo a charge, and paying the same order again
 * returns the first receipt instead. Remote callers come in through {@link PaymentBean}, which checks who they are.
 */
@Stateless
@Local(LocalPaymentService.class)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PaymentProcessor implements LocalPaymentService {

    private static final Logger LOG = Logger.getLogger(PaymentProcessor.class.getName());

    @PersistenceContext(unitName = "payment")
    EntityManager entityManager;

    @Inject
    @ConfigProperty(name = "payment.approval-limit", defaultValue = "10000.00")
    BigDecimal approvalLimit;

    private ApprovalPolicy policy;

    @PostConstruct
    void createPolicy() {
        policy = new ApprovalPolicy(approvalLimit);
    }

    @Override
    public PaymentReceipt pay(PaymentRequest request) {
        Payment earlier = entityManager.find(Payment.class, request.orderId());
        if (earlier != null) {
            LOG.info(() -> "order " + request.orderId() + " was already charged; returning its receipt");
            return earlier.toReceipt();
        }
        String declineReason = policy.declineReason(request.amount()).orElse(null);
        PaymentReceipt.Status status = declineReason == null ? PaymentReceipt.Status.APPROVED : PaymentReceipt.Status.DECLINED;
        Payment payment = new Payment(request.orderId(), UUID.randomUUID().toString(), request.customerEmail(),
                request.amount(), status, declineReason, Instant.now());
        entityManager.persist(payment);
        return payment.toReceipt();
    }

    @Override
    @Asynchronous
    public Future<PaymentReceipt> payAsync(PaymentRequest request) {
        return new AsyncResult<>(pay(request));
    }

    @Override
    public PaymentReceipt refund(String orderId) {
        Payment payment = entityManager.find(Payment.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        if (payment == null) {
            throw new NothingToRefundException("order " + orderId + " was never charged; there is nothing to refund");
        }
        if (!payment.refund(Instant.now())) {
            LOG.info(() -> "order " + orderId + " was already refunded; returning its receipt");
        }
        return payment.toReceipt();
    }
}
