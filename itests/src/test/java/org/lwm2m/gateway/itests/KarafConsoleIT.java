package org.lwm2m.gateway.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.composite;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.eclipse.leshan.core.node.LwM2mSingleResource;
import org.eclipse.leshan.core.request.ReadRequest;
import org.eclipse.leshan.core.response.ReadResponse;
import org.eclipse.leshan.server.registration.Registration;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.lwm2m.gateway.testing.Conditions;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The LwM2M page in Karaf 4.4's own web console (javax servlets, JAAS login), from the lwm2m-webconsole feature:
 * its JSON API shows the registration and a write through it reaches the Leshan server; Debian's headless
 * Chromium renders the page with the registration (its screenshot is kept in {@code target/it-screenshots}).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class KarafConsoleIT extends WithGatewayHarness {

    private static final String HTTP_PORT = "lwm2m.itest.http.port";
    private static final String SCREENSHOTS = "lwm2m.itest.screenshots";
    private static final String ENDPOINT = "karaf-console";
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    private FeaturesService features;

    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    @org.ops4j.pax.exam.Configuration
    public Option[] config() {
        String port = KarafOptions.freePort();
        Option[] karaf = KarafOptions.all();
        Option[] all = new Option[karaf.length + 1];
        System.arraycopy(karaf, 0, all, 0, karaf.length);
        all[karaf.length] = composite(
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", port),
                // a console user of the admin role (Karaf ships with every user commented out)
                editConfigurationFilePut("etc/users.properties", "admin", "admin,admin"),
                editConfigurationFilePut("etc/system.properties", HTTP_PORT, port),
                editConfigurationFilePut("etc/system.properties", SCREENSHOTS,
                        new File("target/it-screenshots").getAbsolutePath()));
        return all;
    }

    private String page() {
        return "http://127.0.0.1:" + System.getProperty(HTTP_PORT) + "/system/console/lwm2m";
    }

    private HttpResponse<String> send(String method, String resource, String json, boolean authenticated)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(page() + "/" + resource)).method(method,
                json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (authenticated) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The API's answer once the console is up: the web console starts a while after its feature is installed. */
    private HttpResponse<String> awaitConsole() throws Exception {
        AtomicReference<HttpResponse<String>> clients = new AtomicReference<>();
        Conditions.await("the LwM2M console showing the registration", WAIT, () -> {
            try {
                clients.set(send("GET", "clients.json", null, true));
                return clients.get().statusCode() == 200 && clients.get().body().contains("REGISTERED");
            } catch (IOException notListeningYet) {
                return false; // the HTTP service is still starting
            }
        });
        return clients.get();
    }

    @Test
    public void theLwM2mPageOfKarafsConsoleShowsTheRegistrationAndWritesReachTheServer() throws Exception {
        Registration registration = harness().registerCoapClient(ENDPOINT);
        features.installFeature("lwm2m-webconsole");

        String clients = awaitConsole().body();
        assertTrue(clients, clients.contains("\"endpoint\":\"" + ENDPOINT + "\""));
        assertEquals("Karaf's login guards the API", 401, send("GET", "clients.json", null, false).statusCode());

        HttpResponse<String> write = send("POST", "write.json",
                "{\"endpoint\":\"" + ENDPOINT + "\",\"path\":\"3/0/15\",\"value\":\"America/Lima\"}", true);
        assertEquals(write.body(), 200, write.statusCode());
        ReadResponse read = harness().leshan().send(registration, new ReadRequest(3, 0, 15));
        assertEquals("America/Lima", ((LwM2mSingleResource) read.getContent()).getValue());
        assertEquals(415, send("POST", "write.json", null, true).statusCode());

        String dom = chromium("--dump-dom");
        assertTrue(dom, dom.contains("id=\"state-" + ENDPOINT + "-1\">REGISTERED<"));
        assertTrue(dom, dom.contains("America/Lima"));
        Path shots = Files.createDirectories(Path.of(System.getProperty(SCREENSHOTS)));
        chromium("--screenshot=" + shots.resolve("karaf-lwm2m-console.png"));
        assertTrue(Files.size(shots.resolve("karaf-lwm2m-console.png")) > 0);
    }

    /**
     * Runs Debian's headless Chromium on the page (logged in through the URL) and answers what it printed. The
     * virtual time budget lets the page's script fetch and render before Chromium dumps or shoots it.
     */
    private String chromium(String what) throws Exception {
        File binary = new File(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        assertTrue("the browser test needs " + binary + ": run scripts/test, which installs Debian's chromium",
                binary.canExecute());
        Path profile = Files.createTempDirectory("chromium");
        List<String> command = new ArrayList<>(List.of(binary.getPath(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                "--window-size=1400,2000", "--virtual-time-budget=5000", what,
                page().replace("http://", "http://admin:admin@")));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue("chromium did not finish", process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS));
        assertEquals(output, 0, process.exitValue());
        return output;
    }
}
