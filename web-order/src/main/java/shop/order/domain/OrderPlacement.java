package shop.order.domain;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import shop.api.payment.PaymentReceipt;
import shop.api.payment.PaymentRequest;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The synchronous order, step by step, each step committed before the next: the order is stored (PLACED), then
 * charged (the payment system commits on its own), then completed (PAID, events, shipment). A crash or failure
 * between two steps leaves a PLACED order, never a charge without one; a resent request with the same
 * Idempotency-Key takes it up again ({@link #resume}), and otherwise {@link OrderReconciler} cancels it and refunds.
 * No step runs in a transaction of this class: each of {@link OrderService}'s is one of its own.
 */
@ApplicationScoped
@ManagedExecutorDefinition(name = OrderPlacement.COMPLETIONS, maxAsync = 64)
public class OrderPlacement {

    private static final Logger LOG = Logger.getLogger(OrderPlacement.class.getName());

    static final String COMPLETIONS = "java:app/concurrent/orderCompletions";
    /**
     * How long a request waits for its order's completion. A completion caught by the broker's death fails within
     * a few broker calls of 2 s each, but one whose broker died between the two phases of its commit is retried by
     * the transaction manager only after 60 s (a constant of Payara's JTS): the request is answered meanwhile.
     */
    private static final long COMPLETION_BOUND_SECONDS = 10;

    @Resource(lookup = COMPLETIONS)
    ManagedExecutorService completions;

    @EJB
    OrderService orders;

    @Inject
    Payments payments;

    /**
     * @throws PaymentDeclinedException declined: the order is gone again, nothing was announced
     * @throws org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException while most of the
     *         last orders could not be completed (the broker or the payment system is down): refused before anything
     *         is stored or charged, for 2 s at a time, after which one order is let through to try again
     */
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 2000, successThreshold = 1,
            failOn = OrderNotCompletedException.class)
    public ShopOrder place(String orderId, String customerEmail, List<OrderService.Line> lines) {
        return resume(orders.store(orderId, customerEmail, lines));
    }

    /** Charges a PLACED order (again: a charge is idempotent by order id) and completes it. */
    public ShopOrder resume(ShopOrder placed) {
        String id = placed.id();
        PaymentReceipt receipt;
        try {
            receipt = payments.pay(new PaymentRequest(id, placed.customerEmail(), placed.amount()));
        } catch (PaymentProvidersFailedException e) {
            throw new OrderNotCompletedException(id, e);
        }
        if (!receipt.approved()) {
            orders.discardDeclined(id);
            throw new PaymentDeclinedException(placed.amount(), receipt.declineReason());
        }
        ShopOrder completed = complete(id, receipt);
        if (completed.status() == OrderStatus.CANCELLED) {
            // the reconciler gave the order up while this request was paying it: the charge goes back
            refundLateCharge(id);
            throw new OrderCancelledMeanwhileException(id, completed.cancelReason());
        }
        return completed;
    }

    /** Completes the paid order in a transaction of its own, waiting for it at most the bound; it is never cancelled. */
    private ShopOrder complete(String id, PaymentReceipt receipt) {
        Future<ShopOrder> completion = completions.submit(() -> orders.completePaid(id, receipt));
        try {
            return completion.get(COMPLETION_BOUND_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new OrderNotCompletedException(id, e.getCause());
        } catch (TimeoutException e) {
            throw OrderNotCompletedException.stillCompleting(id, COMPLETION_BOUND_SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OrderNotCompletedException(id, e);
        }
    }

    private void refundLateCharge(String orderId) {
        try {
            payments.refund(orderId);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "order " + orderId + " was cancelled while being paid, and its refund failed", e);
        }
    }
}
