package shop.api.payment;

import java.util.concurrent.Future;

/**
 * The payment system's remote business interface (RMI-IIOP). Implementations charge at most once per order id:
 * paying the same order again returns the first receipt.
 */
public interface PaymentService {

    PaymentReceipt pay(PaymentRequest request);

    /** The same charge as {@link #pay}, answered through a Future so the caller does not wait on the wire. */
    Future<PaymentReceipt> payAsync(PaymentRequest request);
}
