package shop.order.payment;

import shop.api.payment.PaymentService;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * One provider of the payment service as the consumer sees it: its address, the stub looked up once and kept, and
 * whether it is being skipped after a failure.
 */
final class PaymentProvider {

    /** The address of the provider inside this application (no payment nodes configured). */
    static final String LOCAL = "local";

    private final String address;
    private final AtomicInteger activeCalls = new AtomicInteger();
    private volatile PaymentService stub;
    private volatile long skipUntilMillis;

    PaymentProvider(String address) {
        this.address = address;
    }

    String address() {
        return address;
    }

    /** The payment bean inside this application: no look-up, no login. */
    boolean local() {
        return LOCAL.equals(address);
    }

    /** The cached stub; null until looked up, and again after a failure. */
    PaymentService stub() {
        return stub;
    }

    void cache(PaymentService stub) {
        this.stub = stub;
    }

    boolean available(long nowMillis) {
        return nowMillis >= skipUntilMillis;
    }

    /** Forget the stub (the next call looks it up anew) and leave this provider out for a while. */
    void failed(long nowMillis, long skipMillis) {
        stub = null;
        skipUntilMillis = nowMillis + skipMillis;
    }

    void succeeded() {
        skipUntilMillis = 0;
    }

    AtomicInteger activeCalls() {
        return activeCalls;
    }

    @Override
    public String toString() {
        return address;
    }
}
