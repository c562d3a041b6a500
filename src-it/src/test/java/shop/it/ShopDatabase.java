package shop.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The shop's databases as the tests read them, behind the application's back: the order node's (orders, stock,
 * notifications) and the payment system's (charges). On the H2 stack both are the order node's embedded database,
 * reached through H2's automatic server; on the PostgreSQL stack they are two databases.
 */
final class ShopDatabase {

    static final ShopDatabase ORDERS = new ShopDatabase(System.getProperty("shop.db.url"));
    static final ShopDatabase PAYMENTS = new ShopDatabase(System.getProperty("shop.payment.db.url"));

    private final String url;

    private ShopDatabase(String url) {
        this.url = url;
    }

    /** Each row of the query as its columns' text; {@code parameters} fill its {@code ?} in order. */
    List<List<String>> rows(String sql, Object... parameters) {
        try (Connection db = connect(); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            List<List<String>> rows = new ArrayList<>();
            try (ResultSet result = query.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<String> row = new ArrayList<>();
                    for (int c = 1; c <= columns; c++) {
                        row.add(result.getString(c));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new AssertionError("query failed on " + url + ": " + sql, e);
        }
    }

    void execute(String sql) {
        try (Connection db = connect(); Statement statement = db.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new AssertionError("statement failed on " + url + ": " + sql, e);
        }
    }

    boolean hasTable(String table) {
        try (Connection db = connect(); ResultSet tables = db.getMetaData().getTables(null, null, null, new String[]{"TABLE"})) {
            while (tables.next()) {
                if (tables.getString("TABLE_NAME").equalsIgnoreCase(table)) {
                    return true;
                }
            }
            return false;
        } catch (SQLException e) {
            throw new AssertionError("cannot list the tables of " + url, e);
        }
    }

    private Connection connect() throws SQLException {
        return url.startsWith("jdbc:postgresql:") ? DriverManager.getConnection(url, "postgres", "postgres")
                : DriverManager.getConnection(url, "", "");
    }
}
