package shop.order.payment;

import org.junit.jupiter.api.Test;
import shop.api.payment.PaymentReceipt;
import shop.api.payment.PaymentRequest;
import shop.api.payment.PaymentService;

import java.util.List;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class ProviderRotationTest {

    private final PaymentProvider a = new PaymentProvider("a:1");
    private final PaymentProvider b = new PaymentProvider("b:1");
    private final PaymentProvider c = new PaymentProvider("c:1");
    private final List<PaymentProvider> all = List.of(a, b, c);
    private final ProviderRotation rotation = new ProviderRotation();

    @Test
    void shouldStartEachCallAtTheNextProvider() {
        assertEquals(List.of(a, b, c), rotation.order(all, 0));
        assertEquals(List.of(b, c, a), rotation.order(all, 0));
        assertEquals(List.of(c, a, b), rotation.order(all, 0));
        assertEquals(List.of(a, b, c), rotation.order(all, 0));
    }

    @Test
    void shouldTryAFailedProviderLastUntilItsSkipTimeIsOver() {
        b.failed(1_000, 500);
        assertEquals(List.of(a, c, b), rotation.order(all, 1_200));
        assertEquals(List.of(c, a, b), rotation.order(all, 1_499), "b's turn, but b is skipped");
        rotation.order(all, 1_499);
        assertEquals(List.of(a, b, c), rotation.order(all, 1_500), "b is back in its place");
    }

    @Test
    void shouldForgetTheCachedStubOfAFailedProviderAndKeepItOtherwise() {
        PaymentService stub = new PaymentService() {
            @Override
            public PaymentReceipt pay(PaymentRequest request) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Future<PaymentReceipt> payAsync(PaymentRequest request) {
                throw new UnsupportedOperationException();
            }

            @Override
            public PaymentReceipt refund(String orderId) {
                throw new UnsupportedOperationException();
            }
        };
        a.cache(stub);
        a.succeeded();
        assertSame(stub, a.stub());
        a.failed(0, 10);
        assertNull(a.stub());
    }
}
