package shop.it;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Worker nodes (Payara Micro with worker.war) added to the running PostgreSQL stack with the README's own command,
 * {@code ./shop add-worker}. Every worker started here is killed by {@link #killAll()}, and by a shutdown hook should
 * the test JVM end first; {@code ./shop stop} after the tests stops any left over.
 */
final class WorkerNodes {

    private final List<ProcessHandle> started = new ArrayList<>();

    WorkerNodes() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::killAll));
    }

    /** Starts one more worker and returns its name (worker-N) once it has deployed worker.war. */
    String add() throws IOException, InterruptedException {
        ProcessBuilder command = new ProcessBuilder(System.getProperty("shop.script"), "add-worker").redirectErrorStream(true);
        command.environment().putAll(Map.of(
                "SHOP_HOME", System.getProperty("shop.home"),
                "SHOP_PORT_BASE", System.getProperty("shop.port.base"),
                "SHOP_DB", "postgres",
                "SHOP_DB_NAME", System.getProperty("shop.db.name"),
                // the worker connects to the broker pair the way the order node does
                "SHOP_BROKER_BACKUP", String.valueOf(System.getProperty("shop.broker.backup.url") != null),
                "SHOP_BUILD", "false"));
        Process process = command.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(300, TimeUnit.SECONDS), "./shop add-worker did not end");
        assertEquals(0, process.exitValue(), output);
        List<String> lines = output.lines().toList();
        String name = lines.get(lines.size() - 1).trim();
        assertTrue(name.startsWith("worker-"), output);
        synchronized (started) {
            started.add(process(name));
        }
        return name;
    }

    /** kill -9: the worker dies without closing anything; the broker sees its connections drop. */
    void kill(String name) throws Exception {
        ShopProcesses.kill(process(name));
    }

    void killAll() {
        synchronized (started) {
            started.forEach(ProcessHandle::destroyForcibly);
            started.forEach(p -> p.onExit().join());
            started.clear();
        }
    }

    private static ProcessHandle process(String name) throws IOException {
        return ShopProcesses.required(Path.of(System.getProperty("shop.home"), "workers", name, "pid"), name);
    }
}
