package org.lwm2m.gateway.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.leshan.core.node.LwM2mPath;
import org.eclipse.leshan.core.node.LwM2mSingleResource;
import org.eclipse.leshan.core.request.ReadRequest;
import org.eclipse.leshan.core.response.ReadResponse;
import org.eclipse.leshan.server.registration.Registration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.lwm2m.gateway.testing.LeshanTestBootstrapServer;
import org.lwm2m.gateway.testing.LeshanTestServer;
import org.lwm2m.gateway.testing.LeshanTestServer.Unregistration;

/**
 * Black-box test of the executable jar: starts {@code java -jar target/lwm2m-gateway.jar} the way the README says
 * and watches it from a real Eclipse Leshan server and from its console.
 */
class GatewayJarIT {

    private static final Path JAR = Path.of(System.getProperty("gateway.jar", "target/lwm2m-gateway.jar"));
    private static final Duration START = Duration.ofSeconds(90);
    private static final Duration STEP = Duration.ofSeconds(30);
    /** The JVM's exit code after SIGTERM (128 + 15) once its shutdown hooks ran. */
    private static final int SIGTERM_EXIT = 143;

    @TempDir
    Path temp;

    private LeshanTestServer server;
    private GatewayProcess gateway;

    @AfterEach
    void stop() throws Exception {
        if (gateway != null) {
            gateway.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private Path log(TestInfo test) {
        return Path.of("target", "it-logs", test.getTestMethod().orElseThrow().getName() + ".log");
    }

    @Test
    void registersWithTheServerOfTheEnvironmentAnswersAReadAndDeregistersOnSigterm(TestInfo test)
            throws Exception {
        server = LeshanTestServer.start();
        URI serverUri = server.coapUri();
        Path dataDirectory = temp.resolve("state");

        gateway = GatewayProcess.start(JAR, temp, Map.of(
                "LWM2M_SERVER_URI", "coap://127.0.0.1:" + serverUri.getPort(),
                "LWM2M_ENDPOINT", "lwm2m-gateway-it",
                "LWM2M_LIFETIME", "120",
                "LWM2M_DATA_DIR", dataDirectory.toString()), log(test));

        Registration registration = server.registrations().poll(r -> true, START).orElseThrow(
                () -> new AssertionError("no registration arrived; the gateway said:\n" + gateway.tail()));
        assertEquals("lwm2m-gateway-it", registration.getEndpoint());
        assertEquals(120L, registration.getLifeTimeInSec());
        assertTrue(registration.getSupportedObject().keySet().containsAll(List.of(1, 3)),
                "objects " + registration.getSupportedObject());
        assertTrue(registration.getAvailableInstances().contains(new LwM2mPath(3, 0)),
                "instances " + registration.getAvailableInstances());

        ReadResponse manufacturer = server.server().send(registration, new ReadRequest(3, 0, 0), STEP.toMillis());
        assertNotNull(manufacturer, "no answer to Read /3/0/0; the gateway said:\n" + gateway.tail());
        assertTrue(manufacturer.isSuccess(), manufacturer.toString());
        LwM2mSingleResource value = assertInstanceOf(LwM2mSingleResource.class, manufacturer.getContent());
        assertFalse(String.valueOf(value.getValue()).isBlank());

        gateway.terminate();

        Unregistration gone = server.unregistrations().poll(Unregistration::deregistered, STEP).orElseThrow(
                () -> new AssertionError("no deregistration after SIGTERM; the gateway said:\n" + gateway.tail()));
        assertEquals(registration.getId(), gone.registration().getId());
        assertEquals(Optional.of(SIGTERM_EXIT), gateway.awaitExit(STEP), gateway.tail());
        assertTrue(Files.isDirectory(dataDirectory.resolve("felix-cache")), "the framework cache is in LWM2M_DATA_DIR");
        assertTrue(Files.isRegularFile(dataDirectory.resolve("logging.properties")));
        assertFalse(Files.exists(temp.resolve("data")), "nothing is written to the default ./data");
        assertNoErrors(gateway.output());
    }

    @Test
    void aBootstrappedGatewayKilledWithSigkillRegistersAgainWithoutTheBootstrapServer(TestInfo test)
            throws Exception {
        server = LeshanTestServer.start();
        Map<String, String> environment;
        try (LeshanTestBootstrapServer bootstrap = LeshanTestBootstrapServer.start()) {
            bootstrap.provision("lwm2m-gateway-bs", server.coapUri(), 4711, 120);
            environment = Map.of("LWM2M_BOOTSTRAP_URI", bootstrap.coapUri().toString(),
                    "LWM2M_ENDPOINT", "lwm2m-gateway-bs",
                    "LWM2M_DATA_DIR", temp.resolve("state").toString());
            gateway = GatewayProcess.start(JAR, temp, environment, log(test));

            Registration first = server.registrations().poll(r -> true, START).orElseThrow(
                    () -> new AssertionError("no registration after bootstrap; the gateway said:\n" + gateway.tail()));
            assertEquals(120L, first.getLifeTimeInSec(), "the lifetime the bootstrap server wrote");
        }
        gateway.kill();
        assertTrue(gateway.awaitExit(STEP).isPresent(), "SIGKILL ends the gateway");

        gateway = GatewayProcess.start(JAR, temp, environment, log(test).resolveSibling("after-kill.log"));

        Registration again = server.registrations().poll(r -> true, START).orElseThrow(
                () -> new AssertionError("no registration after SIGKILL without the bootstrap server; the gateway "
                        + "said:\n" + gateway.tail()));
        assertEquals("lwm2m-gateway-bs", again.getEndpoint());
        assertNoErrors(gateway.output());
    }

    @Test
    void withoutAnyServerTheDemoServerShowsTheWholeLoop(TestInfo test) throws Exception {
        gateway = GatewayProcess.start(JAR, temp, Map.of("LWM2M_DATA_DIR", temp.resolve("demo").toString()),
                log(test));

        assertTrue(gateway.awaitLine(line -> line.contains("Demo LwM2M server listening on coap://127.0.0.1:"),
                START).isPresent(), gateway.tail());
        assertTrue(gateway.awaitLine(line -> line.contains("Demo server: lwm2m-gateway-demo registered"), STEP)
                .isPresent(), "the demo gateway did not register:\n" + gateway.tail());
        assertTrue(gateway.awaitLine(line -> line.contains("Demo server: read /3/0 of lwm2m-gateway-demo"), STEP)
                .isPresent(), "the demo round trip did not happen:\n" + gateway.tail());

        gateway.terminate();

        assertTrue(gateway.awaitLine(line -> line.contains("Demo server: lwm2m-gateway-demo deregistered"), STEP)
                .isPresent(), "no deregistration after SIGTERM:\n" + gateway.tail());
        assertEquals(Optional.of(SIGTERM_EXIT), gateway.awaitExit(STEP), gateway.tail());
        assertNoErrors(gateway.output());
    }

    /** Felix reports bundles it cannot resolve or start as "ERROR: ..."; our pattern prints " ERROR [". */
    @Test
    void aTakenConsolePortAndASecondGatewayOnTheSameDirectoryGetOneLineEach(TestInfo test) throws Exception {
        Path dataDirectory = temp.resolve("shared");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            gateway = GatewayProcess.start(JAR, temp, Map.of("LWM2M_DATA_DIR", dataDirectory.toString()), log(test),
                    taken.getLocalPort());

            assertTrue(gateway.awaitLine(line -> line.contains("Demo server: lwm2m-gateway-demo registered"), START)
                    .isPresent(), "a taken console port stopped the gateway:\n" + gateway.tail());
            List<String> console = gateway.output().stream()
                    .filter(line -> line.contains(String.valueOf(taken.getLocalPort()))).toList();
            assertEquals(1, console.size(), gateway.tail());
            assertTrue(console.get(0).contains("-Dorg.osgi.service.http.port"), console.get(0));
            assertNoErrors(gateway.output());
        }

        try (GatewayProcess second = GatewayProcess.start(JAR, temp,
                Map.of("LWM2M_DATA_DIR", dataDirectory.toString()), Path.of("target", "it-logs", "second.log"))) {
            assertEquals(Optional.of(1), second.awaitExit(STEP), second.tail());
            assertEquals(List.of("lwm2m-gateway: cannot use the data directory " + dataDirectory.toAbsolutePath()
                    + " (LWM2M_DATA_DIR): in use by another gateway (process " + gateway.pid() + ")"),
                    launcherLines(second));
        }
        assertTrue(gateway.isAlive(), "the first gateway runs on");
    }

    @Test
    void aDataDirectoryThatCannotBeADirectoryIsOneLineAndExit1(TestInfo test) throws Exception {
        Path notADirectory = Files.writeString(temp.resolve("a-file"), "not a directory");

        gateway = GatewayProcess.start(JAR, temp, Map.of("LWM2M_DATA_DIR", notADirectory.toString()), log(test));

        assertEquals(Optional.of(1), gateway.awaitExit(STEP), gateway.tail());
        List<String> lines = launcherLines(gateway);
        assertEquals(1, lines.size(), gateway.tail());
        assertTrue(lines.get(0).startsWith("lwm2m-gateway: cannot use the data directory " + notADirectory),
                gateway.tail());
    }

    @Test
    void anInvalidEnvironmentIsOneLineAndExitCode2(TestInfo test) throws Exception {
        gateway = GatewayProcess.start(JAR, temp, Map.of("LWM2M_SERVER_URI", "coap://127.0.0.1:5999",
                "LWM2M_LIFETIME", "soon", "LWM2M_DATA_DIR", temp.resolve("bad").toString()), log(test));

        assertEquals(Optional.of(2), gateway.awaitExit(START), gateway.tail());
        List<String> errors = gateway.output().stream().filter(line -> line.contains("ERROR")).toList();
        assertEquals(1, errors.size(), gateway.tail());
        assertTrue(errors.get(0).contains("LWM2M_LIFETIME = 'soon': not a whole number"), errors.get(0));
        assertTrue(gateway.output().stream().noneMatch(line -> line.startsWith("\tat ")), gateway.tail());
    }

    @Test
    void aBadClientSavedFromTheConsoleIsOneLineAndTheRootLeadsToTheConsole(TestInfo test) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        gateway = GatewayProcess.start(JAR, temp, Map.of("LWM2M_DATA_DIR", temp.resolve("console").toString()),
                log(test), port);
        assertTrue(gateway.awaitLine(line -> line.contains("Demo server: lwm2m-gateway-demo registered"), START)
                .isPresent(), gateway.tail());
        String console = "http://127.0.0.1:" + port + "/system/console";
        HttpClient http = HttpClient.newHttpClient();

        HttpResponse<Void> root = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                .build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(302, root.statusCode());
        assertEquals(Optional.of("/system/console"), root.headers().firstValue("Location"));

        // the request the console's configuration dialog sends when "Save" is clicked for a new LwM2M client
        HttpResponse<String> saved = http.send(HttpRequest.newBuilder(URI.create(console
                + "/configMgr/%5BTemporary%20PID%20replaced%20by%20real%20PID%20upon%20save%5D"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "admin:admin".getBytes(StandardCharsets.UTF_8)))
                .header("Referer", console + "/configMgr")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("apply=true&action=ajaxConfigManager"
                        + "&factoryPid=org.lwm2m.gateway.client&propertylist=endpoint,serverUri,lifetime,binding"
                        + "&endpoint=op-bad&serverUri=http://nowhere&lifetime=-5&binding=Q"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(saved.statusCode() < 400, saved.statusCode() + " " + saved.body());

        String refusal = gateway.awaitLine(line -> line.contains("refused"), STEP).orElseThrow(
                () -> new AssertionError("the bad configuration was not reported:\n" + gateway.tail()));
        assertTrue(refusal.contains("ERROR") && refusal.contains("serverUri = 'http://nowhere'"), refusal);
        assertTrue(gateway.awaitLine(line -> line.contains("Demo server: read /3/0"), STEP).isPresent());
        List<String> errors = gateway.output().stream().filter(line -> line.contains("ERROR")).toList();
        assertEquals(List.of(refusal), errors, gateway.tail());
        assertTrue(gateway.output().stream().noneMatch(line -> line.startsWith("\tat ")), gateway.tail());
    }

    @Test
    void aClientConfigurationFileRegistersAndItsDeletionDeregisters(TestInfo test) throws Exception {
        server = LeshanTestServer.start();
        Path conf = Files.createDirectories(temp.resolve("conf"));
        Path file = Files.writeString(conf.resolve("org.lwm2m.gateway.client-file.cfg"), String.join("\n",
                "endpoint = lwm2m-gateway-file",
                "serverUri = " + server.coapUri(),
                "lifetime = 90", ""));

        gateway = GatewayProcess.start(JAR, temp, Map.of("LWM2M_CONF_DIR", conf.toString(),
                "LWM2M_DATA_DIR", temp.resolve("file-state").toString()), log(test));

        Registration registration = server.registrations().poll(r -> true, START).orElseThrow(
                () -> new AssertionError("the file's client did not register; the gateway said:\n" + gateway.tail()));
        assertEquals("lwm2m-gateway-file", registration.getEndpoint());
        assertEquals(90L, registration.getLifeTimeInSec());

        Files.delete(file);

        Unregistration gone = server.unregistrations().poll(Unregistration::deregistered, STEP).orElseThrow(
                () -> new AssertionError("deleting the file did not deregister:\n" + gateway.tail()));
        assertEquals(registration.getId(), gone.registration().getId());
        assertNoErrors(gateway.output());
        assertTrue(gateway.output().stream().noneMatch(line -> line.contains("De-register")),
                "the demo client left its server cleanly when demo mode ended:\n" + gateway.tail());
    }

    /** What the process printed, without the notices a JVM may add ("Picked up JAVA_TOOL_OPTIONS: ..."). */
    private static List<String> launcherLines(GatewayProcess process) {
        return process.output().stream().filter(line -> !line.startsWith("Picked up ")).toList();
    }

    private static void assertNoErrors(List<String> output) {
        List<String> errors = output.stream()
                .filter(line -> line.startsWith("ERROR") || line.contains(" ERROR ["))
                .toList();
        assertTrue(errors.isEmpty(), "errors in the console:\n" + String.join("\n", errors));
    }
}
