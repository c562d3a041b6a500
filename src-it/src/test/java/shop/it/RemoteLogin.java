package shop.it;

import java.lang.reflect.InvocationTargetException;

/**
 * The remote-EJB client's login in this JVM (Payara's programmatic login, from gf-client on the test class path):
 * the IIOP calls that follow carry this user name and password. The login holds for the whole JVM until logout.
 */
final class RemoteLogin {

    /** The payment system's client user that ./shop creates on every node, with the password it generated. */
    static final String PAYMENT_CLIENT = ShopCredentials.PAYMENT_CLIENT;

    static String paymentClientPassword() {
        return ShopCredentials.password(PAYMENT_CLIENT);
    }

    private static final String PROGRAMMATIC_LOGIN = "com.sun.enterprise.security.ee.auth.login.ProgrammaticLogin";

    private RemoteLogin() {
    }

    static void loginAs(String user, String password) {
        call("login", new Class<?>[]{String.class, char[].class, String.class, boolean.class},
                user, password.toCharArray(), "file", true);
    }

    static void logout() {
        call("logout", new Class<?>[0]);
    }

    private static void call(String method, Class<?>[] parameterTypes, Object... arguments) {
        try {
            Class<?> type = Class.forName(PROGRAMMATIC_LOGIN);
            type.getMethod(method, parameterTypes).invoke(type.getDeclaredConstructor().newInstance(), arguments);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(method + " failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("gf-client's programmatic login is not on the class path", e);
        }
    }
}
