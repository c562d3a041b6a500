package shop.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.Properties;

/** Sends mail through the SMTP host in {@code notification.smtp.host}; without one, mail is off. */
@ApplicationScoped
public class Mailer {

    @Inject
    @ConfigProperty(name = "notification.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "notification.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "notification.mail.from", defaultValue = "shop@localhost")
    String from;

    public boolean enabled() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    public void send(String to, String subject, String text) throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host.orElseThrow());
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "5000");
        properties.put("mail.smtp.writetimeout", "5000");
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject);
        message.setText(text);
        Transport.send(message);
    }
}
