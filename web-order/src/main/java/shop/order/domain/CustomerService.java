package shop.order.domain;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import shop.api.customer.WelcomeMails;
import shop.api.messaging.SendWelcomeMail;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Customer registration, the course's example of a queue that lets the producer answer fast: the customer is stored
 * and the welcome mail queued in one transaction, and the request is answered without waiting for the mail server.
 */
@Stateless
public class CustomerService {

    @PersistenceContext(unitName = "order")
    EntityManager entityManager;

    @Inject
    OrderMessages messages;

    @EJB
    WelcomeMails welcomeMails;

    /** Stores the customer and queues the welcome mail, in one transaction. */
    public Customer register(String email, String name) {
        return register(email, name, messages::requestWelcomeMail);
    }

    /** @param welcome what becomes of the welcome mail: queued, or (the benchmark's comparison) sent at once */
    public Customer register(String email, String name, Consumer<SendWelcomeMail> welcome) {
        if (registered(email)) {
            throw new DuplicateCustomerException(email);
        }
        Instant now = Instant.now();
        Customer customer = new Customer(UUID.randomUUID().toString(), email, name, now);
        entityManager.persist(customer);
        SendWelcomeMail mail = new SendWelcomeMail(UUID.randomUUID().toString(), customer.id(), email, name, now);
        welcome.accept(mail);
        return customer;
    }

    public boolean registered(String email) {
        return !entityManager.createQuery("select c.id from Customer c where c.email = :email")
                .setParameter("email", email).getResultList().isEmpty();
    }

    public Optional<Customer> find(String id) {
        return Optional.ofNullable(entityManager.find(Customer.class, id));
    }

    public String welcomeMailStatus(String customerId) {
        return welcomeMails.statusOf(customerId);
    }
}
