package org.lwm2m.gateway.benchmarks;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.leshan.core.request.ContentFormat;
import org.eclipse.leshan.core.request.ReadRequest;
import org.eclipse.leshan.server.registration.Registration;
import org.lwm2m.gateway.testing.LeshanTestServer;

/**
 * The Device read load of the engine foundations issue, side by side: a Leshan server in this JVM reads
 * {@code /3/0} in TLV with {@value #IN_FLIGHT} requests in flight from (a) the gateway's executable jar and (b) an
 * Eclipse Leshan client, each its own process. The main figure is the client process's CPU time per read, from
 * {@code /proc/<pid>/stat}: on two cores the server saturates first, so reads per second say less. Both runs stay
 * far below the 65,536 message ids one server-client pair may use per exchange lifetime.
 * <p>
 * {@code mvn -B -P benchmarks -pl benchmarks -am package exec:exec} after {@code mvn -B package -DskipTests}.
 */
public final class DeviceReadLoad {

    static final int IN_FLIGHT = 16;
    static final int WARM_UP = 5_000;
    static final int READS = 20_000;
    /** Clock ticks per second of /proc/<pid>/stat (USER_HZ, 100 on Linux). */
    static final long TICKS_PER_SECOND = 100;

    /** One client's figures. */
    record Result(String name, double cpuMicrosPerRead, double readsPerSecond, int failures) {
    }

    private DeviceReadLoad() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        Path work = Files.createTempDirectory("lwm2m-bench");
        try (LeshanTestServer server = LeshanTestServer.start()) {
            URI uri = server.coapUri();
            List<String> gatewayCommand = new ArrayList<>(List.of("java", "-Dorg.osgi.service.http.port=" + freePort()));
            // -Dbench.gatewayJvm="-XX:StartFlightRecording=filename=gw.jfr" profiles the gateway's side
            String extra = System.getProperty("bench.gatewayJvm", "").trim();
            if (!extra.isEmpty()) {
                gatewayCommand.addAll(List.of(extra.split("\\s+")));
            }
            gatewayCommand.addAll(List.of("-jar", jar.toString()));
            Result gateway = run(server, "bench-gateway", new ProcessBuilder(gatewayCommand), work, uri);
            Result leshan = run(server, "bench-leshan", new ProcessBuilder("java", "-cp",
                    System.getProperty("java.class.path"), LeshanDeviceClient.class.getName(), uri.toString(),
                    "bench-leshan"), work, uri);
            System.out.printf(Locale.ROOT, "%-14s %14s %12s %9s%n", "client", "CPU µs / read", "reads / s",
                    "failures");
            for (Result r : new Result[] {gateway, leshan}) {
                System.out.printf(Locale.ROOT, "%-14s %14.1f %12.0f %9d%n", r.name(), r.cpuMicrosPerRead(),
                        r.readsPerSecond(), r.failures());
            }
            System.out.printf(Locale.ROOT, "gateway / Leshan client, CPU per read: %.2f%n",
                    gateway.cpuMicrosPerRead() / leshan.cpuMicrosPerRead());
        }
    }

    private static Result run(LeshanTestServer server, String endpoint, ProcessBuilder builder, Path work, URI uri)
            throws Exception {
        builder.environment().put("LWM2M_SERVER_URI", uri.toString());
        builder.environment().put("LWM2M_ENDPOINT", endpoint);
        builder.environment().put("LWM2M_DATA_DIR", work.resolve(endpoint).toString());
        builder.environment().put("LWM2M_CONF_DIR", work.resolve(endpoint + "-conf").toString());
        builder.redirectErrorStream(true).redirectOutput(work.resolve(endpoint + ".log").toFile());
        Process process = builder.start();
        try {
            Registration registration = server.registrations().poll(r -> endpoint.equals(r.getEndpoint()),
                    Duration.ofSeconds(120)).orElseThrow(() -> new IllegalStateException(endpoint
                            + " did not register; see " + work.resolve(endpoint + ".log")));
            reads(server, registration, WARM_UP);
            long ticks = cpuTicks(process.pid());
            long start = System.nanoTime();
            int failures = reads(server, registration, READS);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuMicros = (cpuTicks(process.pid()) - ticks) * 1e6 / TICKS_PER_SECOND;
            return new Result(endpoint, cpuMicros / READS, READS / seconds, failures);
        } finally {
            process.destroy();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Reads /3/0 in TLV {@code count} times, {@value #IN_FLIGHT} at a time; returns how many failed. */
    private static int reads(LeshanTestServer server, Registration registration, int count)
            throws InterruptedException {
        Semaphore window = new Semaphore(IN_FLIGHT);
        CountDownLatch done = new CountDownLatch(count);
        AtomicInteger failures = new AtomicInteger();
        for (int i = 0; i < count; i++) {
            window.acquire();
            server.server().send(registration, new ReadRequest(ContentFormat.TLV, 3, 0), 10_000, response -> {
                if (!response.isSuccess()) {
                    failures.incrementAndGet();
                }
                window.release();
                done.countDown();
            }, error -> {
                failures.incrementAndGet();
                window.release();
                done.countDown();
            });
        }
        done.await();
        return failures.get();
    }

    /** User plus system CPU time of a process, in clock ticks. */
    private static long cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // after the command name: state is field 3 of the whole line, utime 14 and stime 15
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
