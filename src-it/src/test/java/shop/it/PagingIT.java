package shop.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Backpressure without loss: with delivery from the welcome-mail queue paused (its consumers attached but stopped),
 * registrations fill the queue far past its 1 MB memory limit; the broker pages to disk instead of refusing or
 * dropping, and once delivery resumes every welcome mail arrives.
 */
class PagingIT extends DeployedShop {

    private static final int REGISTRATIONS = 3000;
    private static final String QUEUE = "queue.shop.welcome-mails";
    private static final String ADDRESS = "address.shop.welcome-mails";

    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.forTheClass();

    @Test
    void shouldPageToDiskPastTheMemoryLimitAndDeliverEveryMessageAfterwards() throws Exception {
        String domain = "paging-" + UUID.randomUUID().toString().substring(0, 8) + ".example.com";
        try (BrokerManagement broker = new BrokerManagement()) {
            broker.invoke(QUEUE, "pause");
            try {
                registerConcurrently(domain);

                assertEquals(Boolean.TRUE, broker.attribute(ADDRESS, "paging"), "the address pages");
                long pages = broker.count(ADDRESS, "numberOfPages");
                long backlog = broker.count(QUEUE, "messageCount");
                assertTrue(pages > 1, pages + " page files");
                assertTrue(backlog >= REGISTRATIONS, backlog + " messages waiting");
                assertEquals(0, SMTP.getReceivedMessagesForDomain(domain).length, "nothing delivered while paused");
            } finally {
                broker.invoke(QUEUE, "resume");
            }
            Eventually.await("all " + REGISTRATIONS + " welcome mails", Duration.ofSeconds(180),
                    () -> SMTP.getReceivedMessagesForDomain(domain).length, n -> n == REGISTRATIONS);
            Eventually.await("the address drained and left paging", Duration.ofSeconds(60),
                    () -> broker.attribute(ADDRESS, "paging"), Boolean.FALSE::equals);
        }
    }

    private static void registerConcurrently(String domain) throws Exception {
        ShopHttp.createdConcurrently(REGISTRATIONS, i -> ShopHttp.register("c" + i + "@" + domain, "Customer " + i));
    }
}
