package shop.api.customer;

import shop.api.messaging.SendWelcomeMail;

/** Local view into the mail worker (jms-notification) for the order system's customer registration. */
public interface WelcomeMails {

    /**
     * Sends the welcome mail inside the caller's request and transaction: the synchronous registration mode, which
     * exists only to compare its response time with the queued one.
     */
    void sendNow(SendWelcomeMail command);

    /** Where the customer's welcome mail stands: PENDING (queued, not yet handled), MAILED, or RECORDED (mail off). */
    String statusOf(String customerId);
}
