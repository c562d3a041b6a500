package shop.it;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ./shop, run by a test the way the build ran it: the same settings (system property {@code shop.env}, written once
 * in the pom beside the build's own start), so that it finds and brings back the same system.
 */
final class ShopScript {

    /** {@code ./shop start}: starts what is not running and deploys shop.ear to the order node. */
    static void start() throws Exception {
        run("start", Map.of("SHOP_DEPLOY", "true"));
    }

    static String run(String command, Map<String, String> more) throws Exception {
        return run(List.of(command), more);
    }

    /** e.g. {@code run(List.of("fault", "cut", "A", "B1"), Map.of())} */
    static String run(List<String> arguments, Map<String, String> more) throws Exception {
        List<String> command = new ArrayList<>(List.of(System.getProperty("shop.script")));
        command.addAll(arguments);
        ProcessBuilder shop = new ProcessBuilder(command).redirectErrorStream(true);
        shop.environment().putAll(settings());
        shop.environment().putAll(more);
        Process process = shop.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(600, TimeUnit.SECONDS), "./shop " + arguments + " did not end");
        assertEquals(0, process.exitValue(), "./shop " + arguments + ":\n" + output);
        return output;
    }

    /** The settings the build started this stack with, e.g. SHOP_HOME=...,SHOP_PORT_BASE=19000 */
    static Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String setting : System.getProperty("shop.env").trim().split("\\s*,\\s*")) {
            int equals = setting.indexOf('=');
            settings.put(setting.substring(0, equals), setting.substring(equals + 1));
        }
        settings.put("SHOP_BUILD", "false");
        return settings;
    }

    private ShopScript() {
    }
}
