package shop.messaging;

import org.junit.jupiter.api.Test;
import shop.api.messaging.Destinations;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DeliveryPolicyTest {

    @Test
    void shouldReadTheWelcomeMailQueuesOwnAttemptsAndDeadLetterQueueFromTheCheckedInBrokerXml() {
        assertEquals(new DeliveryPolicy(7, Optional.of("DLQ.shop.welcome-mails")), DeliveryPolicy.of(Destinations.WELCOME_MAILS));
    }

    @Test
    void shouldGiveUpBeforeTheBrokerWithDeliveriesInReserveForThoseACrashEndsUnanswered() {
        assertEquals(4, DeliveryPolicy.of(Destinations.WELCOME_MAILS).lastAttempt());
        assertEquals(3, DeliveryPolicy.of(Destinations.SHIP_ORDERS).lastAttempt());
        assertEquals(1, new DeliveryPolicy(2, Optional.empty()).lastAttempt());
    }

    @Test
    void shouldTakeTheAttemptsOfShopWildcardAndTheDeadLetterQueueOfTheExactMatchForEveryOtherShopAddress() {
        for (String address : List.of(Destinations.SHIP_ORDERS, Destinations.PAY_ORDERS, Destinations.CANCEL_ORDERS,
                Destinations.ORDER_EVENTS)) {
            assertEquals(new DeliveryPolicy(6, Optional.of(Destinations.deadLetterQueueOf(address))), DeliveryPolicy.of(address),
                    address);
        }
    }

    @Test
    void shouldPreferTheExactMatchThenTheLongerWildcardThenTheBrokerDefault() {
        List<DeliveryPolicy.Setting> settings = List.of(
                new DeliveryPolicy.Setting("#", null, "DLQ"),
                new DeliveryPolicy.Setting("a.#", 5, null),
                new DeliveryPolicy.Setting("a.b.*", 7, "DLQ.ab"),
                new DeliveryPolicy.Setting("a.b.c", null, "DLQ.abc"));
        assertEquals(new DeliveryPolicy(7, Optional.of("DLQ.abc")), DeliveryPolicy.of("a.b.c", settings));
        assertEquals(new DeliveryPolicy(7, Optional.of("DLQ.ab")), DeliveryPolicy.of("a.b.d", settings));
        assertEquals(new DeliveryPolicy(5, Optional.of("DLQ")), DeliveryPolicy.of("a.b.d.e", settings));
        assertEquals(new DeliveryPolicy(5, Optional.of("DLQ")), DeliveryPolicy.of("a", settings));
        assertEquals(new DeliveryPolicy(DeliveryPolicy.BROKER_DEFAULT_ATTEMPTS, Optional.of("DLQ")), DeliveryPolicy.of("ab", settings));
    }
}
