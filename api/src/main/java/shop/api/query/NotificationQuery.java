package shop.api.query;

import java.util.List;

/** Local view into the notification system, for the order pages; implemented by jms-notification. */
public interface NotificationQuery {

    /** Notifications recorded for the order, oldest first. */
    List<NotificationView> forOrder(String orderId);
}
