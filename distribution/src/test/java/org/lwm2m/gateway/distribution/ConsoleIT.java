package org.lwm2m.gateway.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import org.eclipse.leshan.core.node.LwM2mPath;
import org.eclipse.leshan.core.node.LwM2mSingleResource;
import org.eclipse.leshan.core.request.ReadRequest;
import org.eclipse.leshan.core.response.ReadResponse;
import org.eclipse.leshan.server.registration.Registration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.lwm2m.gateway.testing.Conditions;
import org.lwm2m.gateway.testing.LeshanTestServer;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The LwM2M page of the web console and its JSON API, in the executable jar, with a real Leshan server on the other
 * side: what the console does must reach the server. The page is driven in Debian's headless Chromium (installed
 * by {@code scripts/test}); its screenshot is kept in {@code target/it-screenshots}.
 */
class ConsoleIT {

    private static final Path JAR = Path.of(System.getProperty("gateway.jar", "target/lwm2m-gateway.jar"));
    private static final Duration START = Duration.ofSeconds(90);
    private static final Duration STEP = Duration.ofSeconds(30);
    private static final String ENDPOINT = "it-console";
    private static final String CREDENTIALS = "admin:admin";

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path temp;

    private LeshanTestServer server;
    private GatewayProcess gateway;
    private WebDriver browser;
    private String api;

    @AfterEach
    void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (gateway != null) {
            gateway.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** Starts a Leshan server and the gateway with a client of it; answers the client's first registration. */
    private Registration registered(TestInfo test) throws Exception {
        server = LeshanTestServer.start();
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        gateway = GatewayProcess.start(JAR, temp, Map.of("LWM2M_SERVER_URI", server.coapUri().toString(),
                "LWM2M_ENDPOINT", ENDPOINT, "LWM2M_DATA_DIR", temp.resolve("state").toString()),
                Path.of("target", "it-logs", test.getTestMethod().orElseThrow().getName() + ".log"), port);
        api = "http://127.0.0.1:" + port + "/system/console/lwm2m";
        return server.registrations().poll(r -> true, START).orElseThrow(
                () -> new AssertionError("no registration; the gateway said:\n" + gateway.tail()));
    }

    private HttpResponse<String> send(String method, String resource, String body, String contentType,
            boolean authenticated) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api + "/" + resource))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (authenticated) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    CREDENTIALS.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode call(String method, String resource, String body, int expectedStatus) throws Exception {
        HttpResponse<String> response = send(method, resource, body, body == null ? null : "application/json", true);
        assertEquals(expectedStatus, response.statusCode(), method + " " + resource + ": " + response.body());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        return json.readTree(response.body());
    }

    /** The clients as the API shows them, once they are as {@code wanted} says (within the start-up bound). */
    private JsonNode clientsOnce(Predicate<JsonNode> wanted) throws Exception {
        AtomicReference<JsonNode> clients = new AtomicReference<>();
        Conditions.await("the clients as the test wants them", START, () -> {
            clients.set(call("GET", "clients.json", null, 200));
            return wanted.test(clients.get());
        });
        return clients.get();
    }

    private String readAtServer(Registration registration, int object, int instance, int resource)
            throws Exception {
        ReadResponse read = server.server().send(registration, new ReadRequest(object, instance, resource),
                STEP.toMillis());
        assertTrue(read != null && read.isSuccess(), "server read /" + object + "/" + instance + "/" + resource
                + ": " + read);
        return String.valueOf(((LwM2mSingleResource) read.getContent()).getValue());
    }

    /** Waits for an Update that shows {@code path} present or, with {@code present} false, gone. */
    private void awaitUpdate(LwM2mPath path, boolean present) throws Exception {
        server.updates().poll(u -> u.registration().getAvailableInstances().contains(path) == present, STEP)
                .orElseThrow(() -> new AssertionError("no Update with " + path + (present ? "" : " gone")
                        + "; the gateway said:\n" + gateway.tail()));
    }

    @Test
    void theJsonApiShowsTheRegistrationAndItsWritesAndPeripheralsReachTheServer(TestInfo test) throws Exception {
        Registration registration = registered(test);

        // object bundles that come after the Register (Access Control, sensors found on the host) bring Updates
        JsonNode clients = clientsOnce(c -> "REGISTERED".equals(c.get(0).get("registrations").get(0).get("state")
                .asText()));
        assertEquals(ENDPOINT, clients.get(0).get("endpoint").asText());
        JsonNode first = clients.get(0).get("registrations").get(0);
        assertEquals(1, first.get("shortServerId").asInt());
        assertEquals(registration.getId(), first.get("location").asText().replaceFirst("^/rd/", ""));
        assertTrue(clients.get(0).get("events").toString().contains("REGISTRATION_COMPLETE"), clients.toString());

        assertEquals("Europe/Vienna", call("POST", "write.json",
                "{\"endpoint\":\"" + ENDPOINT + "\",\"path\":\"3/0/15\",\"value\":\"Europe/Vienna\"}", 200)
                .get("value").asText());
        assertEquals("Europe/Vienna", readAtServer(registration, 3, 0, 15));
        assertEquals("Europe/Vienna", call("GET", "read.json?path=3/0/15", null, 200).get("node").get("value")
                .asText());

        String pid = call("POST", "peripherals.json", "{\"kind\":\"humidity\",\"waveform\":\"constant\"}", 201)
                .get("pid").asText();
        awaitUpdate(new LwM2mPath(3304, 0), true);
        assertTrue(call("GET", "peripherals.json", null, 200).get("peripherals").toString().contains(pid));
        call("DELETE", "peripherals.json?pid=" + pid, null, 200);
        awaitUpdate(new LwM2mPath(3304, 0), false);

        call("POST", "send.json", "{\"paths\":[\"3/0/9\",\"3/0/15\"]}", 200);
        server.sends().poll(sent -> sent.data().getNodes().containsKey(new LwM2mPath("/3/0/9")), STEP)
                .orElseThrow(() -> new AssertionError("the Send from the console did not arrive"));

        Instant executed = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        call("POST", "execute.json", "{\"path\":\"1/0/8\"}", 200);
        server.updates().poll(u -> !u.registration().getLastUpdate().toInstant().isBefore(executed), STEP)
                .orElseThrow(() -> new AssertionError("executing 1/0/8 from the console sent no Update"));
    }

    @Test
    void badRequestsGetAStatusAndAJsonErrorAndChangeNothing(TestInfo test) throws Exception {
        Registration registration = registered(test);
        String before = readAtServer(registration, 3, 0, 15);

        assertEquals(401, send("GET", "clients.json", null, null, false).statusCode(), "the console's login");
        HttpResponse<String> form = send("POST", "write.json", "path=3/0/15&value=x",
                "application/x-www-form-urlencoded", true);
        assertEquals(415, form.statusCode(), "a plain form post (the shape of a cross-site request)");
        assertTrue(call("POST", "write.json", "{not json", 400).get("error").asText().contains("not a JSON object"));
        assertTrue(call("POST", "write.json", "{\"path\":\"3/0/9\",\"value\":\"lots\"}", 400).get("error")
                .asText().contains("INTEGER"));
        call("POST", "write.json", "{\"path\":\"3/0/15\"}", 400);
        call("POST", "write.json", "{\"path\":\"3/0/15\",\"value\":\"x\",\"endpoint\":\"nobody\"}", 404);
        call("GET", "read.json?path=3/7/0", null, 404);
        call("GET", "read.json?path=0/0/5", null, 403);
        call("GET", "read.json?path=3/zero", null, 400);
        call("POST", "execute.json", "{\"path\":\"3/0/15\"}", 405);
        assertTrue(call("POST", "bootstrap.json", "{}", 409).get("error").asText().contains("no bootstrap server"));
        call("POST", "send.json", "{\"paths\":\"3/0/9\"}", 400);
        call("POST", "send.json", "{\"paths\":[\"3/zero\"]}", 400);
        call("GET", "teapot.json", null, 404);
        call("DELETE", "clients.json", null, 405);
        assertTrue(call("POST", "peripherals.json", "{\"kind\":\"plasma\"}", 400).get("error").asText()
                .contains("kind"));
        call("POST", "peripherals.json", "{\"kind\":\"humidity\",\"colour\":\"red\"}", 400);
        call("POST", "peripherals.json", "{\"period\":\"-1\"}", 400);
        call("DELETE", "peripherals.json?pid=org.lwm2m.gateway.client.x", null, 404);

        assertEquals(before, readAtServer(registration, 3, 0, 15));
        assertEquals(0, call("GET", "peripherals.json", null, 200).get("peripherals").size());
        assertTrue(gateway.output().stream().noneMatch(line -> line.startsWith("\tat ")), gateway.tail());
    }

    @Test
    void thePageInHeadlessChromiumShowsTheRegistrationWritesAndAddsAPeripheral(TestInfo test) throws Exception {
        Registration registration = registered(test);
        browser = chromium();
        browser.get(api.replace("http://", "http://" + CREDENTIALS + "@"));
        WebDriverWait wait = new WebDriverWait(browser, STEP);

        wait.until(page -> page.findElement(By.id("state-" + ENDPOINT + "-1")).getText().equals("REGISTERED"));
        assertTrue(browser.findElement(By.id("lwm2m-events")).getText().contains("REGISTRATION_COMPLETE"));

        // the object tree comes with its own request, after the clients
        wait.until(page -> !page.findElements(By.id("w-3-0-15")).isEmpty());
        browser.findElement(By.id("w-3-0-15")).sendKeys("Asia/Tokyo");
        browser.findElement(By.id("wb-3-0-15")).click();
        wait.until(page -> page.findElement(By.id("lwm2m-status")).getText().startsWith("Wrote 3/0/15"));
        assertEquals("Asia/Tokyo", readAtServer(registration, 3, 0, 15));
        wait.until(page -> page.findElement(By.id("v-3-0-15")).getText().equals("Asia/Tokyo"));

        wait.until(page -> !page.findElements(By.id("p-kind")).isEmpty());
        new Select(browser.findElement(By.id("p-kind"))).selectByValue("pressure");
        browser.findElement(By.id("lwm2m-add-button")).click();
        wait.until(page -> page.findElement(By.id("lwm2m-status")).getText().startsWith("Added peripheral"));
        awaitUpdate(new LwM2mPath(3323, 0), true);
        wait.until(page -> !page.findElements(By.id("v-3323-0-5700")).isEmpty());
        screenshot("lwm2m-console.png");

        wait.until(page -> !page.findElements(By.cssSelector("#lwm2m-peripheral-table button")).isEmpty());
        List<WebElement> remove = browser.findElements(By.cssSelector("#lwm2m-peripheral-table button"));
        assertEquals(1, remove.size());
        remove.get(0).click();
        awaitUpdate(new LwM2mPath(3323, 0), false);
        assertFalse(gateway.output().stream().anyMatch(line -> line.contains(" ERROR [")), gateway.tail());
    }

    /** Debian's chromium and chromedriver (scripts/test installs them), headless, with nothing fetched from afar. */
    private WebDriver chromium() {
        File binary = new File(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        File driver = new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
        assertTrue(binary.canExecute() && driver.canExecute(), "the browser test needs " + binary + " and " + driver
                + ": run scripts/test, which installs Debian's chromium and chromium-driver");
        ChromeOptions options = new ChromeOptions().setBinary(binary);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,2400", "--user-data-dir=" + temp.resolve("chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver)
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private void screenshot(String name) throws Exception {
        Path directory = Files.createDirectories(Path.of("target", "it-screenshots"));
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), directory.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
