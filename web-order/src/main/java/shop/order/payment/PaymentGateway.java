package shop.order.payment;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;
import shop.api.payment.LocalPaymentService;
import shop.api.payment.NothingToRefundException;
import shop.api.payment.PaymentReceipt;
import shop.api.payment.PaymentRequest;
import shop.api.payment.PaymentService;
import shop.order.domain.Payments;
import shop.order.domain.PaymentProvidersFailedException;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * The order system's consumer of the payment service, in the manner of a Dubbo consumer: a registry of providers
 * (the {@code payment.providers} list of IIOP addresses, re-read every few seconds, each provider's stub found in its
 * naming service), stubs cached instead of looked up per call, round robin over the providers, and failover: a
 * provider that fails is skipped for {@code payment.provider.skip-ms} and the call goes to the next one. Retrying
 * on another provider is safe because a charge and a refund are idempotent by order id. Remote calls are made logged in as
 * {@code payment.client.user} (role payment-client on the payment nodes). Every call is counted and timed per
 * provider and method (MicroProfile Metrics, /metrics).
 */
@ApplicationScoped
public class PaymentGateway implements Payments {

    private static final Logger LOG = Logger.getLogger(PaymentGateway.class.getName());

    @EJB
    LocalPaymentService localPayment;

    @Inject
    Config config;

    @Inject
    MetricRegistry metrics;

    private final ProviderRotation rotation = new ProviderRotation();
    private volatile List<PaymentProvider> providers = List.of();
    private volatile String providerList;
    private volatile long providersReadAtMillis;
    private Counter registryLookups;

    @PostConstruct
    void registerMetrics() {
        registryLookups = metrics.counter(Metadata.builder().withName("payment_registry_lookups")
                .withDescription("Stub look-ups in a provider's naming service; not one per call: stubs are cached").build());
    }

    // NOT_SUPPORTED: the caller's transaction stays here. The payment system commits on its own, and a provider that
    // fails must not doom the order's transaction when the next provider takes the call.
    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public PaymentReceipt pay(PaymentRequest request) {
        return call("pay", request.orderId(), service -> service.pay(request));
    }

    /** Refunds the order's charge; safe to repeat on the next provider, because a refund is idempotent by order id. */
    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public PaymentReceipt refund(String orderId) {
        return call("refund", orderId, service -> service.refund(orderId));
    }

    /** Charges through the provider's asynchronous method, waiting at most {@code payment.timeout-ms} for the answer. */
    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public PaymentReceipt payAsync(PaymentRequest request) {
        long timeoutMillis = config.getOptionalValue("payment.timeout-ms", Long.class).orElse(10_000L);
        return call("payAsync", request.orderId(), service -> {
            try {
                return service.payAsync(request).get(timeoutMillis, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                throw new PaymentTimeoutException("no answer within " + timeoutMillis + " ms", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("payAsync failed: " + e.getCause(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for payAsync", e);
            }
        });
    }

    /** What the monitor shows: each provider with its state. */
    public Map<String, String> providerStates() {
        long now = System.currentTimeMillis();
        Map<String, String> states = new LinkedHashMap<>();
        for (PaymentProvider provider : currentProviders()) {
            states.put(provider.address(), !provider.available(now) ? "SKIPPED"
                    : provider.stub() == null && !provider.local() ? "NOT LOOKED UP" : "UP");
        }
        return states;
    }

    private PaymentReceipt call(String method, String orderId, Function<PaymentService, PaymentReceipt> invocation) {
        List<PaymentProvider> candidates = rotation.order(currentProviders(), System.currentTimeMillis());
        List<String> failures = new ArrayList<>();
        for (PaymentProvider provider : candidates) {
            Tag[] tags = {new Tag("provider", provider.address()), new Tag("method", method)};
            long started = System.nanoTime();
            provider.activeCalls().incrementAndGet();
            try {
                // the stub is looked up under the login too: resolving it already talks to the secured bean
                PaymentReceipt receipt = provider.local()
                        ? invocation.apply(localPayment)
                        : clientLogin().call(() -> invocation.apply(remoteStubOf(provider)));
                metrics.timer("payment_calls", tags).update(Duration.ofNanos(System.nanoTime() - started));
                provider.succeeded();
                return receipt;
            } catch (NothingToRefundException answer) {
                // the provider answered: an order it never charged, not a failure of the provider
                metrics.timer("payment_calls", tags).update(Duration.ofNanos(System.nanoTime() - started));
                provider.succeeded();
                throw answer;
            } catch (RuntimeException e) {
                metrics.counter("payment_call_errors", tags).inc();
                long skipMillis = config.getOptionalValue("payment.provider.skip-ms", Long.class).orElse(10_000L);
                provider.failed(System.currentTimeMillis(), skipMillis);
                failures.add(provider.address() + ": " + rootCause(e));
                LOG.warning(() -> "payment provider " + provider.address() + " failed " + method + " for order "
                        + orderId + ", trying the next one: " + rootCause(e));
            } finally {
                provider.activeCalls().decrementAndGet();
            }
        }
        throw new PaymentProvidersFailedException("every payment provider failed: " + failures);
    }

    private PaymentService remoteStubOf(PaymentProvider provider) {
        PaymentService stub = provider.stub();
        if (stub == null) {
            registryLookups.inc();
            String name = config.getOptionalValue("payment.jndi-name", String.class)
                    .orElse("java:global/payment/ejb-payment/PaymentBean!shop.api.payment.PaymentService");
            try {
                stub = (PaymentService) namingServiceOf(provider.address()).lookup(name);
            } catch (NamingException e) {
                throw new IllegalStateException("no " + name + " at " + provider.address(), e);
            }
            provider.cache(stub);
        }
        return stub;
    }

    /** The payment system's client user, from {@code payment.client.user} and {@code payment.client.password}. */
    private PaymentClientLogin clientLogin() {
        String user = config.getOptionalValue("payment.client.user", String.class).orElse("");
        String password = config.getOptionalValue("payment.client.password", String.class).orElse("");
        if (user.isEmpty()) {
            throw new SecurityException("payment.client.user is not configured; remote payment calls need a login");
        }
        return new PaymentClientLogin(user, password);
    }

    /** The provider's own naming service (Payara's, reached over IIOP), where its global JNDI names are bound. */
    private static InitialContext namingServiceOf(String address) throws NamingException {
        int colon = address.lastIndexOf(':');
        Hashtable<String, String> environment = new Hashtable<>();
        environment.put("org.omg.CORBA.ORBInitialHost", address.substring(0, colon));
        environment.put("org.omg.CORBA.ORBInitialPort", address.substring(colon + 1));
        return new InitialContext(environment);
    }

    /** The provider list from configuration, re-read at most every {@code payment.registry.refresh-ms}. */
    private List<PaymentProvider> currentProviders() {
        long now = System.currentTimeMillis();
        long refreshMillis = config.getOptionalValue("payment.registry.refresh-ms", Long.class).orElse(5_000L);
        if (providersReadAtMillis == 0 || now - providersReadAtMillis >= refreshMillis) {
            synchronized (this) {
                String configured = config.getOptionalValue("payment.providers", String.class).orElse("").trim();
                if (!configured.equals(providerList) || providers.isEmpty()) {
                    providers = providersFor(configured, providers);
                    providerList = configured;
                    LOG.info(() -> "payment providers: " + providers);
                }
                providersReadAtMillis = now;
            }
        }
        return providers;
    }

    /** Keeps the providers (and their cached stubs) that are still listed; an empty list means the local bean. */
    static List<PaymentProvider> providersFor(String configured, List<PaymentProvider> known) {
        List<String> addresses = configured.isEmpty() ? List.of(PaymentProvider.LOCAL)
                : Arrays.stream(configured.split(",")).map(String::trim).filter(a -> !a.isEmpty()).distinct().toList();
        List<PaymentProvider> result = new ArrayList<>();
        for (String address : addresses) {
            result.add(known.stream().filter(p -> p.address().equals(address)).findFirst()
                    .orElseGet(() -> new PaymentProvider(address)));
        }
        return List.copyOf(result);
    }

    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage().lines().findFirst().orElse(""));
    }
}
