package shop.order.api;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.jms.JMSException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;
import jakarta.jms.JMSRuntimeException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import shop.order.domain.DuplicateCustomerException;
import shop.order.domain.InvalidOrderException;
import shop.order.domain.PaymentDeclinedException;
import shop.messaging.BrokerReachability;
import shop.messaging.BrokerUnreachableException;
import shop.order.domain.OrderCancelledMeanwhileException;
import shop.order.domain.OrderNotCompletedException;
import shop.order.domain.PaymentProvidersFailedException;

import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns every failure into problem+json; the client always learns what went wrong and, for 400, which field. */
final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    @Provider
    public static class ConstraintViolations implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            return Problems.invalid(e.getConstraintViolations().stream()
                    .map(v -> new Problems.Violation(fieldOf(v), v.getMessage()))
                    .sorted(Comparator.comparing(Problems.Violation::field))
                    .toList());
        }
    }

    @Provider
    public static class InvalidOrder implements ExceptionMapper<InvalidOrderException> {
        @Override
        public Response toResponse(InvalidOrderException e) {
            return Problems.invalid(e.errors().stream()
                    .map(error -> new Problems.Violation(error.field(), error.message())).toList());
        }
    }

    @Provider
    public static class DuplicateCustomer implements ExceptionMapper<DuplicateCustomerException> {
        @Override
        public Response toResponse(DuplicateCustomerException e) {
            return Problems.response(409, Problems.base(409, "Already registered", e.getMessage()).add("field", "email"));
        }
    }

    @Provider
    public static class PaymentDeclined implements ExceptionMapper<PaymentDeclinedException> {
        @Override
        public Response toResponse(PaymentDeclinedException e) {
            return Problems.response(402, Problems.base(402, "Payment declined", e.getMessage())
                    .add("amount", e.amount()));
        }
    }

    /** Honest about what stays behind: the order exists, unpaid, maybe charged, and how it ends. */
    @Provider
    public static class OrderNotCompleted implements ExceptionMapper<OrderNotCompletedException> {
        @Override
        public Response toResponse(OrderNotCompletedException e) {
            LOG.log(Level.WARNING, e.getMessage(), e);
            boolean payment = causedBy(e, PaymentProvidersFailedException.class);
            String title = payment ? "Payment system unavailable"
                    : causedByTheBroker(e) ? "Message broker unavailable" : "Order not completed";
            long reconcileSeconds = ConfigProvider.getConfig().getOptionalValue("order.reconcile-after-ms", Long.class)
                    .orElse(60_000L) / 1000;
            String detail = e.stillCompleting()
                    ? "order " + e.orderId() + " was charged and is still being completed (a broker it needs did not"
                            + " answer in time). Send the same request again with the same Idempotency-Key to learn"
                            + " its outcome; left alone, it is either completed or, within " + (reconcileSeconds + 5)
                            + " s, cancelled with the charge refunded"
                    : "order " + e.orderId() + " was stored but not completed, and may have been charged. Send the"
                            + " same request again with the same Idempotency-Key to complete it; left alone, it is"
                            + " cancelled within " + (reconcileSeconds + 5) + " s and any charge is refunded";
            return Response.fromResponse(Problems.response(503, Problems.base(503, title, detail).add("orderId", e.orderId())))
                    .header("Retry-After", payment ? "5" : "1").build();
        }
    }

    @Provider
    public static class OrderCancelledMeanwhile implements ExceptionMapper<OrderCancelledMeanwhileException> {
        @Override
        public Response toResponse(OrderCancelledMeanwhileException e) {
            return Problems.response(409, Problems.base(409, "Order cancelled", e.getMessage()).add("orderId", e.orderId()));
        }
    }

    @Provider
    public static class BrokerUnreachable implements ExceptionMapper<BrokerUnreachableException> {
        @Override
        public Response toResponse(BrokerUnreachableException e) {
            LOG.warning(e.getMessage());
            return Response.fromResponse(Problems.problem(503, "Message broker unavailable",
                    "nothing was changed; it is safe to send the request again")).header("Retry-After", "1").build();
        }
    }

    /** The last orders failed half-way: this one is refused before anything is stored or charged. */
    @Provider
    public static class OrdersFailing implements ExceptionMapper<CircuitBreakerOpenException> {
        @Override
        public Response toResponse(CircuitBreakerOpenException e) {
            return Response.fromResponse(Problems.problem(503, "Orders cannot be completed right now",
                    "the payment system or the message broker failed the last orders; nothing was changed;"
                            + " it is safe to send the request again")).header("Retry-After", "2").build();
        }
    }

    /** Body that is not JSON, or JSON of the wrong shape (a string where a number belongs, an array for an object). */
    @Provider
    public static class InvalidRequestBody implements ExceptionMapper<InvalidRequestBodyException> {
        @Override
        public Response toResponse(InvalidRequestBodyException e) {
            return Problems.invalid(e.violations());
        }
    }

    @Provider
    public static class IdempotencyKeyReused implements ExceptionMapper<IdempotencyKeyReusedException> {
        @Override
        public Response toResponse(IdempotencyKeyReusedException e) {
            return Problems.response(422, Problems.base(422, "Idempotency-Key reused", e.getMessage())
                    .add("field", "Idempotency-Key").add("orderId", e.orderId()));
        }
    }

    @Provider
    public static class WebApplication implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response.StatusType status = e.getResponse().getStatusInfo();
            return Problems.problem(status.getStatusCode(), status.getReasonPhrase(), e.getMessage());
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {
        @Override
        public Response toResponse(RuntimeException e) {
            // a transaction the broker's failure doomed may fail at its end, with no JMS exception in the chain: a
            // rollback, or a failure to finish one, that no database refusal caused (e.g. a broker connection lost as
            // the pair switched over)
            if (causedByTheBroker(e) || brokerUnreachable()
                    || (causedBy(e, RollbackException.class) || causedBy(e, SystemException.class)) && !causedBy(e, SQLException.class)) {
                // e.g. the moment the broker pair fails over or hands back: the request's transaction rolled back
                LOG.log(Level.WARNING, "message broker unreachable; the request was rolled back", e);
                return Response.fromResponse(Problems.problem(503, "Message broker unavailable",
                        "nothing was changed; it is safe to send the request again")).header("Retry-After", "1").build();
            }
            LOG.log(Level.SEVERE, "unexpected failure", e);
            return Problems.problem(500, "Internal error", "nothing was changed; see the server log");
        }
    }

    private static boolean brokerUnreachable() {
        try {
            CDI.current().select(BrokerReachability.class).get().require();
            return false;
        } catch (BrokerUnreachableException e) {
            return true;
        }
    }

    /** {@code place.request.items[0].quantity} -> {@code items[0].quantity}; the whole body -> {@code body}. */
    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
                continue;
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                field.append('[').append(node.getIndex()).append(']');
                continue;
            }
            if (node.isInIterable() && field.length() > 0 && field.charAt(field.length() - 1) != ']') {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    static boolean causedByTheBroker(Throwable e) {
        return causedBy(e, JMSRuntimeException.class) || causedBy(e, JMSException.class);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    private ProblemMappers() {
    }
}
