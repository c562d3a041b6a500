package shop.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hosts of runtime/hosts.conf as network namespaces, and the fault commands a test and a person share
 * ({@code ./shop hosts}, {@code ./shop fault}), checked with a listener on each of two hosts. Needs no stack: its own
 * port base (19400, so its own 10.194.0.0/16), its own home.
 */
@Tag("launcher")
class HostFaultsIT {

    private static final String PORT_BASE = "19400";
    private static final Path HOME = Path.of(System.getProperty("shop.home")).resolveSibling("hosts");
    private static final int PORT = 7000;
    /** Long enough for a connection across the router, short against a cut that drops packets. */
    private static final int PROBE_SECONDS = 3;

    private final List<Process> listeners = new ArrayList<>();

    @BeforeEach
    void makeTheHostsWithAListenerOnAB1AndC() throws Exception {
        shop("hosts", "up");
        for (String host : List.of("A", "B1", "C")) {
            listeners.add(new ProcessBuilder("ip", "netns", "exec", "shop" + PORT_BASE + "-" + host,
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), GreetingListener.class.getName(),
                    address(host), String.valueOf(PORT), host)
                    .redirectErrorStream(true).redirectOutput(HOME.resolve("listener-" + host + ".log").toFile()).start());
        }
        for (String host : List.of("A", "B1", "C")) {
            Eventually.await("the listener on " + host, Duration.ofSeconds(30),
                    () -> probe("C".equals(host) ? "A" : "C", host), "reached"::equals);
        }
    }

    @AfterEach
    void removeTheHosts() throws Exception {
        listeners.forEach(Process::destroyForcibly);
        shop("hosts", "down");
    }

    @Test
    void shouldDropThePacketsSilentlyBetweenTwoHostsWhenTheWireIsCutAndPassThemAgainAfterHeal() throws Exception {
        assertEquals("reached", probe("A", "B1"));

        shop("fault", "cut", "A", "B1");
        assertEquals("timed out", probe("A", "B1"), "a cut drops packets: the caller waits, as in a partition");
        assertEquals("timed out", probe("B1", "A"));
        assertEquals("reached", probe("C", "B1"), "only the wire between A and B1 is cut");
        assertEquals("reached", probe("A", "C"));

        shop("fault", "heal");
        assertEquals("reached", probe("A", "B1"));
        assertEquals("reached", probe("B1", "A"));
    }

    @Test
    void shouldCutOnlyTheNamedDirectionWhenTheCutIsOneWay() throws Exception {
        shop("fault", "cut", "A", "B1", "one-way");

        String rules = run(List.of("ip", "-n", "shop" + PORT_BASE + "-router", "rule", "list", "priority", "100"));
        assertEquals(List.of("from " + address("A") + " to " + address("B1") + " blackhole"),
                rules.lines().map(line -> line.replaceFirst("^\\d+:\\s*", "").trim()).toList());
        // TCP needs both directions, so a connection either way now fails; other hosts still reach B1
        assertEquals("timed out", probe("A", "B1"));
        assertEquals("reached", probe("C", "B1"));
    }

    @Test
    void shouldFreezeANodeUntilHealAndKillItWhenAsked() throws Exception {
        // a stand-in for the broker: the fault commands find a node by its pid file, as ./shop writes it
        Process broker = new ProcessBuilder("sleep", "600").start();
        Path pidFile = HOME.resolve("broker/data/artemis.pid");
        Files.createDirectories(pidFile.getParent());
        Files.writeString(pidFile, String.valueOf(broker.pid()));
        try {
            shop("fault", "freeze", "broker");
            assertEquals("T", state(broker.pid()), "stopped (SIGSTOP)");

            shop("fault", "heal");
            assertEquals("S", state(broker.pid()), "running again (sleeping in its sleep)");

            shop("fault", "kill", "broker");
            assertTrue(broker.waitFor(10, TimeUnit.SECONDS));
            assertEquals(137, broker.exitValue(), "killed with SIGKILL");
        } finally {
            broker.destroyForcibly();
            Files.delete(pidFile);
        }
    }

    @Test
    void shouldRemoveEveryNamespaceLinkAndRouteWhenTheHostsGoDown() throws Exception {
        shop("hosts", "down");

        assertFalse(run(List.of("ip", "netns", "list")).contains("shop" + PORT_BASE + "-"));
        assertFalse(run(List.of("ip", "-o", "link", "show")).contains(PORT_BASE), "no link of these hosts left");
        assertEquals("", run(List.of("ip", "route", "show", "10.194.0.0/16")).trim());
        try (var left = Files.list(Path.of("/etc/netns"))) {
            assertEquals(List.of(), left.map(Path::getFileName).map(Path::toString)
                    .filter(name -> name.startsWith("shop" + PORT_BASE + "-")).toList(), "the hosts' resolv.conf");
        } catch (NoSuchFileException none) {
            // no /etc/netns at all: nothing of the hosts is left there either
        }
        assertTrue(listeners.stream().allMatch(listener -> {
            try {
                return listener.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }), "what ran on the hosts is gone with them");
    }

    /** Whether {@code from} can open a connection to {@code to}'s listener: "reached", "timed out" or "refused". */
    private static String probe(String from, String to) {
        try {
            Process probe = new ProcessBuilder("ip", "netns", "exec", "shop" + PORT_BASE + "-" + from, "timeout",
                    String.valueOf(PROBE_SECONDS), "bash", "-c",
                    "exec 3<>/dev/tcp/" + address(to) + "/" + PORT + " && head -n1 <&3").redirectErrorStream(true).start();
            String output = new String(probe.getInputStream().readAllBytes()).trim();
            probe.waitFor();
            if (probe.exitValue() == 124) {
                return "timed out";
            }
            return probe.exitValue() == 0 && output.equals(to) ? "reached" : "refused: " + output;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The address runtime/hosts.conf gives the host on this machine: 10.194.link.2 */
    private static String address(String host) {
        int link = List.of("A", "B1", "B2", "C", "broker", "backup", "db").indexOf(host) + 1;
        return "10.194." + link + ".2";
    }

    private static String state(long pid) throws Exception {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        return stat.substring(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    }

    private static void shop(String... arguments) throws Exception {
        Files.createDirectories(HOME);
        ShopScript.run(List.of(arguments), Map.of("SHOP_HOME", HOME.toString(), "SHOP_PORT_BASE", PORT_BASE));
    }

    private static String run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), command + " did not end");
        assertEquals(0, process.exitValue(), command + ":\n" + output);
        return output;
    }
}
