package shop.it;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** The passwords ./shop made for the stack under test: SHOP_HOME/credentials, one "name=password" per line. */
final class ShopCredentials {

    /** The operator: Payara's admin of every domain, and the broker's console and management. */
    static final String OPERATOR = "admin";
    /** The broker user of the worker nodes, which may consume commands but not send them. */
    static final String WORKER = "worker";
    /** The payment system's client user, that remote payment calls log in as. */
    static final String PAYMENT_CLIENT = "order-system";

    static String password(String user) {
        Path file = Path.of(System.getProperty("shop.home"), "credentials");
        Properties credentials = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            credentials.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        String password = credentials.getProperty(user);
        if (password == null || password.isEmpty()) {
            throw new IllegalStateException("no password of " + user + " in " + file);
        }
        return password;
    }

    private ShopCredentials() {
    }
}
