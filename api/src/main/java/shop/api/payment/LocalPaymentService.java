package shop.api.payment;

/**
 * The same payment operations as a local view, for callers in the payment system's own JVM (its REST endpoint, and
 * the benchmark's "local call"): no serialization, no network.
 */
public interface LocalPaymentService extends PaymentService {
}
