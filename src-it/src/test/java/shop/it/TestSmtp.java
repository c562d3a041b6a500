package shop.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/** The SMTP server the shop under test mails to: an in-process GreenMail on the port the build configured. */
final class TestSmtp {

    static ServerSetup setup() {
        return new ServerSetup(Integer.getInteger("shop.smtp.port"), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    }

    /** Running for the whole test class. */
    static GreenMailExtension forTheClass() {
        return new GreenMailExtension(setup()).withPerMethodLifecycle(false);
    }

    private TestSmtp() {
    }
}
