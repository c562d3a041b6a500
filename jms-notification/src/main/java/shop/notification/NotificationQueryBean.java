package shop.notification;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import shop.api.query.NotificationQuery;
import shop.api.query.NotificationView;

import java.util.List;

@Stateless
@Local(NotificationQuery.class)
public class NotificationQueryBean implements NotificationQuery {

    @EJB
    NotificationService notifications;

    @Override
    public List<NotificationView> forOrder(String orderId) {
        return notifications.forOrder(orderId).stream().map(Notification::view).toList();
    }
}
