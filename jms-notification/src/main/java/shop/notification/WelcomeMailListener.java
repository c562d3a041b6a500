package shop.notification;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import shop.api.customer.WelcomeMails;
import shop.api.messaging.Destinations;
import shop.messaging.MessagingResources;
import shop.api.messaging.SendWelcomeMail;
import shop.messaging.Deliveries;
import shop.messaging.Deliveries.Origin;

/** The mail workers: a pool of MDBs drains the welcome-mail queue, each command handled by exactly one of them. */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = MessagingResources.RESOURCE_ADAPTER),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = Destinations.WELCOME_MAILS),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
})
public class WelcomeMailListener implements MessageListener {

    @Inject
    Deliveries deliveries;

    @EJB
    WelcomeMails welcomeMails;

    @Override
    public void onMessage(Message message) {
        deliveries.handle(message, Origin.queue(Destinations.WELCOME_MAILS), SendWelcomeMail.class, welcomeMails::send);
    }
}
