package shop.order.payment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Round robin over the providers: each call starts at the next provider; those being skipped after a failure go to
 * the end, so they are tried only when every other one has failed too.
 */
final class ProviderRotation {

    private final AtomicLong next = new AtomicLong();

    List<PaymentProvider> order(List<PaymentProvider> providers, long nowMillis) {
        int size = providers.size();
        List<PaymentProvider> available = new ArrayList<>(size);
        List<PaymentProvider> skipped = new ArrayList<>();
        int start = size == 0 ? 0 : (int) (next.getAndIncrement() % size);
        for (int i = 0; i < size; i++) {
            PaymentProvider provider = providers.get((start + i) % size);
            (provider.available(nowMillis) ? available : skipped).add(provider);
        }
        available.addAll(skipped);
        return available;
    }
}
