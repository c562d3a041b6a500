package shop.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Runs a consumer's work in a transaction of its own, apart from the one that consumes the message: a failure rolls
 * back the work alone, and the delivering transaction stays free to dead-letter the message.
 */
@ApplicationScoped
public class InNewTransaction {

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void run(Runnable work) {
        work.run();
    }
}
