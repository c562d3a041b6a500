package shop.api.payment;

import java.util.concurrent.Future;

/**
 * The payment system's remote business interface (RMI-IIOP). Implementations charge at most once per order id:
 * paying the same order again returns the first receipt. Remote callers must log in as a user in {@link #CLIENT_ROLE}.
 */
public interface PaymentService {

    /** The role a remote caller must be in; the order system's technical user is in it. */
    String CLIENT_ROLE = "payment-client";

    PaymentReceipt pay(PaymentRequest request);

    /** The same charge as {@link #pay}, answered through a Future so the caller does not wait on the wire. */
    Future<PaymentReceipt> payAsync(PaymentRequest request);

    /**
     * Gives an approved charge back, at most once per order: refunding it again returns the same REFUNDED receipt.
     *
     * @throws NothingToRefundException when the order was never charged, or its charge was declined
     */
    PaymentReceipt refund(String orderId);
}
