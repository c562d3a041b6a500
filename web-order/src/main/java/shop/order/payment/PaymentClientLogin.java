package shop.order.payment;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.function.Supplier;

/**
 * Runs a remote payment call logged in as the payment system's client user. Payara's IIOP client takes the user
 * name and password of the thread's login and sends them with the call (CSIv2), and the payment node checks them.
 * The login is checked against this server's own file realm first, so the user exists on every node with the same
 * password (runtime/payara/security.asadmin). Payara offers server-side programmatic login only through its own class;
 * it is reached reflectively so that the build does not depend on server internals.
 */
final class PaymentClientLogin {

    private static final String PROGRAMMATIC_LOGIN = "com.sun.enterprise.security.ee.auth.login.ProgrammaticLogin";
    private static final String REALM = "file";

    private final String user;
    private final char[] password;

    PaymentClientLogin(String user, String password) {
        this.user = user;
        this.password = password.toCharArray();
    }

    <T> T call(Supplier<T> remoteCall) {
        Object login = programmaticLogin();
        invoke(login, "login", new Class<?>[]{String.class, char[].class, String.class, boolean.class},
                user, password.clone(), REALM, true);
        try {
            return remoteCall.get();
        } finally {
            invoke(login, "logout", new Class<?>[0]);
        }
    }

    private static Object programmaticLogin() {
        try {
            return Class.forName(PROGRAMMATIC_LOGIN, true, PaymentClientLogin.class.getClassLoader())
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this server offers no programmatic login (" + PROGRAMMATIC_LOGIN + ")", e);
        }
    }

    private Object invoke(Object login, String method, Class<?>[] parameterTypes, Object... arguments) {
        try {
            Method m = login.getClass().getMethod(method, parameterTypes);
            return m.invoke(login, arguments);
        } catch (InvocationTargetException e) {
            throw new SecurityException("payment client " + method + " as '" + user + "' failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot call " + PROGRAMMATIC_LOGIN + "." + method, e);
        }
    }
}
