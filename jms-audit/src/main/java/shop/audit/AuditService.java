package shop.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import shop.messaging.JsonMessages;
import shop.api.messaging.OrderEvent;

import java.time.Instant;
import java.util.logging.Logger;

/** Records each order event once, with the node that handled it; the row keyed by the event id is the idempotency record. */
@ApplicationScoped
public class AuditService {

    private static final Logger LOG = Logger.getLogger(AuditService.class.getName());

    @PersistenceContext(unitName = "audit")
    EntityManager entityManager;

    @Inject
    @ConfigProperty(name = "shop.node", defaultValue = "order-node")
    String node;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(OrderEvent event) {
        // the event id is the key: a redelivered or resent event finds its row and is only counted
        AuditedEvent earlier = entityManager.find(AuditedEvent.class, event.messageId());
        if (earlier != null) {
            earlier.repeated();
            LOG.info(() -> "event " + event.messageId() + " was audited before; counting the repeat");
            return;
        }
        entityManager.persist(new AuditedEvent(event.messageId(), event.orderId(), JsonMessages.typeOf(event),
                event.occurredAt(), Instant.now(), node));
    }
}
