package shop.api.customer;

import shop.api.messaging.SendWelcomeMail;

/** Local view of the mail worker (jms-notification): its MDBs and the order system's registration use it. */
public interface WelcomeMails {

    /**
     * Sends the customer's welcome mail in the caller's transaction, once per customer: a repeated command is only
     * counted. The mail workers call it for each queued command; the synchronous registration mode, which exists only
     * to compare response times, calls it inside the request.
     */
    void send(SendWelcomeMail command);

    /** Where the customer's welcome mail stands: PENDING (queued, not yet handled), MAILED, or RECORDED (mail off). */
    String statusOf(String customerId);
}
