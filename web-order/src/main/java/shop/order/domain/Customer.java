package shop.order.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import java.time.Instant;

/** A registered customer; one account per e-mail address. */
@Entity
@Table(name = "CUSTOMER", uniqueConstraints = @UniqueConstraint(name = "CUSTOMER_EMAIL", columnNames = "EMAIL"))
public class Customer {

    @Id
    @Column(length = 36)
    private String id;
    @Column(name = "EMAIL", nullable = false)
    private String email;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private Instant registeredAt;

    protected Customer() {
    }

    public Customer(String id, String email, String name, Instant registeredAt) {
        this.id = id;
        this.email = email;
        this.name = name;
        this.registeredAt = registeredAt;
    }

    public String id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String name() {
        return name;
    }

    public Instant registeredAt() {
        return registeredAt;
    }
}
