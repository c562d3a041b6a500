package shop.order.domain;

import shop.api.payment.PaymentReceipt;
import shop.api.payment.PaymentRequest;

/**
 * The payment system as the order domain needs it: the domain's port, implemented by the consumer-side cluster
 * (shop.order.payment.PaymentGateway: registry, balancing, failover). Each call commits on the payment side on its
 * own; none joins the caller's transaction.
 */
public interface Payments {

    /** Charges the order, idempotent by order id; {@link PaymentProvidersFailedException} when no provider took it. */
    PaymentReceipt pay(PaymentRequest request);

    /** The same charge through the payment system's asynchronous call, waiting a bounded time for its answer. */
    PaymentReceipt payAsync(PaymentRequest request);

    /** Refunds the order's charge, once; a repeat returns the same receipt. */
    PaymentReceipt refund(String orderId);
}
