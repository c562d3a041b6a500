package shop.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Processes that ./shop started (brokers, Payara domains, workers), found by the pid files it keeps. */
final class ShopProcesses {

    /** The process whose pid the file holds, if the file exists and the process runs. */
    static Optional<ProcessHandle> running(Path pidFile) throws IOException {
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim())).filter(ProcessHandle::isAlive);
    }

    static ProcessHandle required(Path pidFile, String what) throws IOException {
        return running(pidFile).orElseThrow(() -> new AssertionError(what + " is not running"));
    }

    /** kill -9: the process dies without closing anything; returns once it is gone. */
    static void kill(ProcessHandle process) throws Exception {
        process.destroyForcibly();
        process.onExit().get(60, TimeUnit.SECONDS);
    }

    private ShopProcesses() {
    }
}
