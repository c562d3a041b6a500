package shop.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The SMTP server the shop under test mails to: an in-process GreenMail on the port the build configured. */
final class TestSmtp {

    static ServerSetup setup() {
        return new ServerSetup(Integer.getInteger("shop.smtp.port"), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    }

    /** Running for the whole test class. */
    static GreenMailExtension forTheClass() {
        return new GreenMailExtension(setup()).withPerMethodLifecycle(false);
    }

    /** Started by the test when it wants SMTP back (after a stretch without it); stopped after each test. */
    static Later startedLater() {
        return new Later();
    }

    static final class Later implements AfterEachCallback {
        private GreenMail server;

        GreenMail start() {
            server = new GreenMail(setup());
            server.start();
            return server;
        }

        @Override
        public void afterEach(ExtensionContext context) {
            if (server != null) {
                server.stop();
                server = null;
            }
        }
    }

    private TestSmtp() {
    }
}
