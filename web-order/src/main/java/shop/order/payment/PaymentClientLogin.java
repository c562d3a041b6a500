package shop.order.payment;

import java.lang.reflect.Constructor;
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
        Reflected server = Reflected.get();
        Object login = server.newLogin();
        invoke(server.login, login, user, password.clone(), REALM, true);
        try {
            return remoteCall.get();
        } finally {
            invoke(server.logout, login);
        }
    }

    private void invoke(Method method, Object login, Object... arguments) {
        try {
            method.invoke(login, arguments);
        } catch (InvocationTargetException e) {
            throw new SecurityException("payment client " + method.getName() + " as '" + user + "' failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot call " + PROGRAMMATIC_LOGIN + "." + method.getName(), e);
        }
    }

    /** The server's login class and its two methods, looked up once (on the first remote call), not per call. */
    private static final class Reflected {
        private static volatile Reflected found;

        final Constructor<?> constructor;
        final Method login;
        final Method logout;

        private Reflected() {
            try {
                Class<?> type = Class.forName(PROGRAMMATIC_LOGIN, true, PaymentClientLogin.class.getClassLoader());
                constructor = type.getDeclaredConstructor();
                login = type.getMethod("login", String.class, char[].class, String.class, boolean.class);
                logout = type.getMethod("logout");
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("this server offers no programmatic login (" + PROGRAMMATIC_LOGIN + ")", e);
            }
        }

        /** @throws IllegalStateException (on every call) where the server has no such class */
        static Reflected get() {
            Reflected reflected = found;
            if (reflected == null) {
                reflected = new Reflected();
                found = reflected;
            }
            return reflected;
        }

        Object newLogin() {
            try {
                return constructor.newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot create " + PROGRAMMATIC_LOGIN, e);
            }
        }
    }
}
