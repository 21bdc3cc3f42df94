package org.lwm2m.gateway.distribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * {@code java -jar lwm2m-gateway.jar} as a child process, as a user starts it: its console output is kept in
 * memory for assertions and copied to a log file under target/ for a person to read.
 */
final class GatewayProcess implements AutoCloseable {

    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private final Thread reader;
    private boolean ended;

    private GatewayProcess(Process process, Path log) {
        this.process = process;
        this.reader = new Thread(() -> copyOutput(log), "gateway-output");
        this.reader.setDaemon(true);
        this.reader.start();
    }

    /**
     * Starts the jar in {@code workingDirectory} with the caller's environment minus every LWM2M_* variable, plus
     * {@code environment}. The web console gets a free port so a gateway already running here does not matter.
     */
    static GatewayProcess start(Path jar, Path workingDirectory, Map<String, String> environment, Path log)
            throws IOException {
        return start(jar, workingDirectory, environment, log, freeTcpPort());
    }

    /** Like {@link #start(Path, Path, Map, Path)}, with the web console on {@code consolePort}. */
    static GatewayProcess start(Path jar, Path workingDirectory, Map<String, String> environment, Path log,
            int consolePort) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(),
                "-Dorg.osgi.service.http.port=" + consolePort, "-jar", jar.toString())
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("LWM2M_"));
        builder.environment().putAll(environment);
        Files.createDirectories(log.getParent());
        return new GatewayProcess(builder.start(), log);
    }

    private static int freeTcpPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void copyOutput(Path log) {
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                PrintWriter file = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                file.println(line);
                synchronized (this) {
                    lines.add(line);
                    notifyAll();
                }
            }
        } catch (IOException streamClosed) {
            // the process is gone; what it printed stays available
        } finally {
            synchronized (this) {
                ended = true;
                notifyAll();
            }
        }
    }

    /** Waits until a console line matches, and returns it; empty when the time ran out or the output ended. */
    synchronized Optional<String> awaitLine(Predicate<String> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int checked = 0;
        while (true) {
            for (; checked < lines.size(); checked++) {
                if (wanted.test(lines.get(checked))) {
                    return Optional.of(lines.get(checked));
                }
            }
            long left = deadline - System.nanoTime();
            if (ended || left <= 0) {
                return Optional.empty();
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    /** Everything the gateway printed so far. */
    synchronized List<String> output() {
        return List.copyOf(lines);
    }

    /** The last lines of the output, for failure messages. */
    synchronized String tail() {
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /**
     * Sends SIGTERM, as {@code docker stop} or systemd would. Through the process handle: {@link Process#destroy()}
     * would also close our end of the output pipe, and the shutdown log would be lost.
     */
    void terminate() {
        process.toHandle().destroy();
    }

    /** Sends SIGKILL, as a power cut or the OOM killer ends a gateway: no shutdown hook runs. */
    void kill() {
        process.toHandle().destroyForcibly();
    }

    /**
     * Waits for the process to end and returns its exit code, or empty when it is still running. Once it ended,
     * {@link #output()} holds everything it printed.
     */
    Optional<Integer> awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            return Optional.empty();
        }
        reader.join(timeout.toMillis());
        return Optional.of(process.exitValue());
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
        reader.join(TimeUnit.SECONDS.toMillis(10));
    }
}
