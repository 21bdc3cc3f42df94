package org.lwm2m.gateway.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.eclipse.leshan.core.LwM2m.LwM2mVersion;
import org.eclipse.leshan.core.link.Link;
import org.eclipse.leshan.core.request.BindingMode;
import org.eclipse.leshan.core.request.ContentFormat;
import org.eclipse.leshan.core.request.ExecuteRequest;
import org.eclipse.leshan.core.request.WriteRequest;
import org.eclipse.leshan.core.response.ExecuteResponse;
import org.eclipse.leshan.core.response.WriteResponse;
import org.eclipse.leshan.server.registration.Registration;
import org.eclipse.leshan.server.registration.RegistrationUpdate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lwm2m.gateway.api.ContentFormats;
import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.ResponseCode;
import org.lwm2m.gateway.api.client.ClientEvent;
import org.lwm2m.gateway.api.client.ClientState;
import org.lwm2m.gateway.api.client.ServerRegistration;
import org.lwm2m.gateway.api.node.ResourceNode;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.api.object.Requester;
import org.lwm2m.gateway.codec.link.LinkFormatCodec;
import org.lwm2m.gateway.testing.Arrivals;
import org.lwm2m.gateway.testing.LeshanTestServer;

/** The registration side of a client against a real Leshan server on loopback: Register, Update, De-register. */
class RegistrationTest {

    @RegisterExtension
    final ClientBench bench = new ClientBench();

    private LeshanTestServer leshan;
    private ClientComponent client;
    private RdEvents events;
    private final AtomicBoolean failNextRead = new AtomicBoolean();

    private void newClient(String endpoint) {
        newClient(endpoint, ClientBench.FAST);
    }

    private void newClient(String endpoint, RegistrationTimings timings) {
        leshan = bench.leshan();
        client = bench.client(endpoint, timings);
        events = bench.events(client);
    }

    /** A client with a NoSec account on the test server, Device and an empty Access Control object, started. */
    private Registration registered(String endpoint) throws InterruptedException {
        return registered(endpoint, ClientBench.FAST);
    }

    private Registration registered(String endpoint, RegistrationTimings timings) throws InterruptedException {
        newClient(endpoint, timings);
        client.bindProvider(bench.noSecAccount(), Map.of());
        client.bindProvider(RdObjects.server(1, 300), Map.of());
        client.bindProvider(RdObjects.device(), Map.of());
        client.bindProvider(new TestProvider(TestObjects.ACCESS_CONTROL_1_0), Map.of());
        client.activate();
        Registration reg = leshan.registrations().next();
        events.await(ClientEvent.REGISTRATION_COMPLETE);
        return reg;
    }

    private static List<String> links(Link[] links) {
        return Arrays.stream(links).map(Link::toCoreLinkFormat).collect(Collectors.toList());
    }

    @Test
    void registersWithEndpointLifetimeVersionBindingFormatsAndObjectLinks() throws Exception {
        Registration reg = registered("rd-content");

        assertEquals("rd-content", reg.getEndpoint());
        assertEquals(300L, reg.getLifeTimeInSec());
        assertEquals(LwM2mVersion.V1_1, reg.getLwM2mVersion());
        assertEquals(EnumSet.of(BindingMode.U), reg.getBindingMode());
        Set<Integer> formats = reg.getSupportedContentFormats().stream().map(ContentFormat::getCode)
                .collect(Collectors.toSet());
        assertTrue(formats.containsAll(Set.of(ContentFormats.TEXT, ContentFormats.TLV)), formats::toString);
        List<String> links = links(reg.getObjectLinks());
        assertEquals(List.of("</>;rt=\"oma.lwm2m\";ct=11542", "</1>;ver=1.1", "</1/0>", "</2>", "</3>;ver=1.2",
                "</3/0>"), links);
        assertTrue(links.stream().noneMatch(l -> l.startsWith("</0")), "Security must not be listed");

        ServerRegistration status = client.registration(1).orElseThrow();
        assertEquals(Optional.of("/rd/" + reg.getId()), status.location());
        assertEquals(ClientState.REGISTERED, status.state());
        assertTrue(status.lastUpdate().isPresent());
        assertEquals(Optional.of(leshan.coapUri()), status.server());
        assertEquals("rd-content", client.endpoint());
    }

    @Test
    void waitsIdleUntilItsServerAccountAppears() throws Exception {
        newClient("rd-idle");
        client.bindProvider(RdObjects.device(), Map.of());
        client.activate();
        client.triggerUpdate();
        assertEquals(List.of(), client.registrations(), "no server account, no registration");

        client.bindProvider(RdObjects.server(1, 120), Map.of());
        client.bindProvider(bench.noSecAccount(), Map.of());

        Registration reg = leshan.registrations().next();
        assertEquals(List.of(), events.await(ClientEvent.REGISTRATION_COMPLETE));
        assertEquals(120L, reg.getLifeTimeInSec());
    }

    @Test
    void waitsForALinkFormatCodecBeforeRegistering() throws Exception {
        newClient("rd-no-link-codec");
        client.unbindLinkCodec(client.requestContext().codecs().linkCodec());
        client.bindProvider(bench.noSecAccount(), Map.of());
        client.bindProvider(RdObjects.server(1, 300), Map.of());
        client.activate();
        client.triggerUpdate();
        assertTrue(client.registration(1).orElseThrow().location().isEmpty());

        client.bindLinkCodec(new LinkFormatCodec());

        assertEquals(List.of(), events.await(ClientEvent.REGISTRATION_COMPLETE));
        assertEquals("</>;rt=\"oma.lwm2m\";ct=11542", links(leshan.registrations().next().getObjectLinks())
                .get(0));
    }

    @Test
    void serverAccountThatCannotBeReadForAMomentKeepsTheRegistration() throws Exception {
        newClient("rd-hiccup");
        TestProvider security = bench.noSecAccount();
        CountDownLatch failed = new CountDownLatch(1);
        TestProvider server = new TestProvider(TestObjects.SERVER) {
            @Override
            public CompletionStage<ResourceNode> read(Requester requester, int instanceId, int resourceId) {
                if (resourceId == 1 && failNextRead.getAndSet(false)) {
                    failed.countDown();
                    return CompletableFuture.failedFuture(
                            new LwM2mException(ResponseCode.INTERNAL_SERVER_ERROR, "sensor bus busy"));
                }
                return super.read(requester, instanceId, resourceId);
            }
        };
        server.add(0).set(0, Value.of(1L)).set(1, Value.of(300L)).set(7, Value.of("U"));
        client.bindProvider(security, Map.of());
        client.bindProvider(server, Map.of());
        client.activate();
        events.await(ClientEvent.REGISTRATION_COMPLETE);

        failNextRead.set(true);
        client.triggerUpdate();

        assertTrue(failed.await(Arrivals.TIMEOUT.toSeconds(), TimeUnit.SECONDS));
        assertEquals(List.of(ClientEvent.REG_UPDATE), events.await(ClientEvent.REG_UPDATE_COMPLETE));
        assertTrue(leshan.unregistrations().isEmpty());
    }

    @Test
    void providerThatAppearsWithInstancesIsListedInOneUpdateAndDroppedWhenItGoes() throws Exception {
        // Changes within one second make one Update: the four below take microseconds.
        RegistrationTimings fast = ClientBench.FAST;
        registered("rd-dynamic", new RegistrationTimings(Duration.ofSeconds(1), fast.firstRetry(), fast.maxRetry(),
                fast.deregisterTimeout(), fast.providerTimeout(), fast.minUpdateDelay()));

        TestProvider location = new TestProvider(TestObjects.LOCATION);
        client.bindProvider(location, Map.of());
        location.add(0);
        location.add(1);
        location.add(2);

        RegistrationUpdate update = leshan.updates().next().update();
        assertEquals(List.of("</>;rt=\"oma.lwm2m\";ct=11542", "</1>;ver=1.1", "</1/0>", "</2>",
                "</3>;ver=1.2", "</3/0>", "</6/0>", "</6/1>", "</6/2>"), links(update.getObjectLinks()));
        assertNull(update.getLifeTimeInSec(), "lifetime did not change");
        assertNull(update.getBindingMode(), "binding did not change");
        assertEquals(List.of(ClientEvent.REG_UPDATE), events.await(ClientEvent.REG_UPDATE_COMPLETE));

        client.unbindProvider(location);
        update = leshan.updates().next().update();
        assertFalse(links(update.getObjectLinks()).stream().anyMatch(l -> l.startsWith("</6")));
        events.await(ClientEvent.REG_UPDATE_COMPLETE);

        client.triggerUpdate();
        update = leshan.updates().next().update();
        assertNull(update.getObjectLinks(), "the burst must have been sent in one Update, nothing is left");
    }

    @Test
    void lifetimeWrittenByTheServerGoesOutInAnUpdate() throws Exception {
        Registration reg = registered("rd-lifetime");

        WriteResponse write = leshan.send(reg, new WriteRequest(1, 0, 1, 120L));
        assertTrue(write.isSuccess(), write.toString());

        LeshanTestServer.Update update = leshan.updates().next();
        assertEquals(120L, update.update().getLifeTimeInSec());
        assertNull(update.update().getObjectLinks(), "the object list did not change");
        assertEquals(120L, update.registration().getLifeTimeInSec());
    }

    @Test
    void lifetimeSetLocallyGoesOutInAnUpdate() throws Exception {
        registered("rd-local-lifetime");

        client.set("1/0/1", 90);

        assertEquals(90L, leshan.updates().next().update().getLifeTimeInSec());
    }

    @Test
    void registrationUpdateTriggerSendsAnUpdate() throws Exception {
        Registration reg = registered("rd-trigger");

        ExecuteResponse execute = leshan.send(reg, new ExecuteRequest(1, 0, 8));
        assertTrue(execute.isSuccess(), execute.toString());

        RegistrationUpdate update = leshan.updates().next().update();
        assertEquals(reg.getId(), update.getRegistrationId());
        events.await(ClientEvent.REG_UPDATE_COMPLETE);
    }

    @Test
    void aBootstrapRequestTriggerWithoutABootstrapAccountIsRefusedAndChangesNothing() throws Exception {
        Registration reg = registered("rd-bootstrap-trigger");

        ExecuteResponse execute = leshan.send(reg, new ExecuteRequest(1, 0, 9));
        assertEquals("METHOD_NOT_ALLOWED", execute.getCode().getName(), execute.toString());
        assertTrue(execute.getErrorMessage().contains("no bootstrap server account"), execute.getErrorMessage());
        LwM2mException refused = assertThrows(LwM2mException.class, client::bootstrap);
        assertEquals(ResponseCode.METHOD_NOT_ALLOWED, refused.code());
        assertEquals(ClientState.REGISTERED, client.registration(1).orElseThrow().state());
        assertNotNull(leshan.registration("rd-bootstrap-trigger"));
    }

    @Test
    void triggerUpdateSendsAnUpdate() throws Exception {
        Registration reg = registered("rd-trigger-api");

        client.triggerUpdate();

        assertEquals(reg.getId(), leshan.updates().next().update().getRegistrationId());
        assertEquals(List.of(ClientEvent.REG_UPDATE), events.await(ClientEvent.REG_UPDATE_COMPLETE));
    }

    @Test
    void shortLifetimeIsRefreshedBeforeItExpires() throws Exception {
        newClient("rd-refresh");
        client.bindProvider(bench.noSecAccount(), Map.of());
        client.bindProvider(RdObjects.server(1, 1), Map.of());
        client.activate();
        Registration reg = leshan.registrations().next();

        assertEquals(reg.getId(), leshan.updates().next().update().getRegistrationId());
        assertEquals(reg.getId(), leshan.updates().next().update().getRegistrationId());
        assertTrue(leshan.unregistrations().isEmpty(), "the registration must not expire");
    }

    @Test
    void registersAgainWhenTheServerForgotTheRegistration() throws Exception {
        Registration first = registered("rd-forgotten");
        leshan.server().getRegistrationStore().removeRegistration(first.getId());

        client.triggerUpdate();

        Registration second = leshan.registrations().next();
        assertEquals("rd-forgotten", second.getEndpoint());
        assertNotEquals(first.getId(), second.getId());
        assertEquals(List.of(ClientEvent.REG_UPDATE, ClientEvent.REG_TIMEOUT),
                events.await(ClientEvent.REGISTRATION_COMPLETE));
        assertEquals(Optional.of("/rd/" + second.getId()), client.registration(1).orElseThrow().location());
    }

    @Test
    void deregistersWhenStopped() throws Exception {
        Registration reg = registered("rd-stop");

        client.deactivate();

        assertEquals(reg.getId(), leshan.unregistrations().next().registration().getId());
        assertEquals(List.of(), events.await(ClientEvent.DEREGISTER));
        assertEquals(ClientEvent.DISCONNECT, events.next().event());
        assertEquals(List.of(), client.registrations(), "a stopped client has no registration");
        assertNull(leshan.registration("rd-stop"));
    }

    @Test
    void newEndpointNameRegistersAgainUnderThatName() throws Exception {
        Registration first = registered("rd-old-name");

        client.reconfigure("rd-new-name");

        assertEquals(first.getId(), leshan.unregistrations().next().registration().getId());
        Registration second = leshan.registrations().next();
        assertEquals("rd-new-name", second.getEndpoint());
        assertEquals(List.of(ClientEvent.DEREGISTER), events.await(ClientEvent.REGISTRATION_COMPLETE));
        assertEquals("rd-new-name", client.endpoint());
    }

    @Test
    void providerOfAnotherEndpointIsNotListed() throws Exception {
        registered("rd-mine");

        TestProvider foreign = new TestProvider(TestObjects.LOCATION);
        foreign.add(0);
        client.bindProvider(foreign, Map.of("endpoint", "someone-else"));
        TestProvider mine = new TestProvider(TestObjects.LOCATION);
        mine.add(7);
        client.bindProvider(mine, Map.of("endpoint", "rd-mine"));

        List<String> links = links(leshan.updates().next().update().getObjectLinks());
        assertTrue(links.contains("</6/7>"), links.toString());
        assertFalse(links.contains("</6/0>"), links.toString());
    }
}
