package org.lwm2m.gateway.object.device;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lwm2m.gateway.api.ResponseCode.BAD_REQUEST;
import static org.lwm2m.gateway.api.ResponseCode.METHOD_NOT_ALLOWED;
import static org.lwm2m.gateway.api.object.Requester.SYSTEM;
import static org.lwm2m.gateway.testing.ProviderCalls.await;
import static org.lwm2m.gateway.testing.ProviderCalls.execute;
import static org.lwm2m.gateway.testing.ProviderCalls.failure;
import static org.lwm2m.gateway.testing.ProviderCalls.read;
import static org.lwm2m.gateway.testing.ProviderCalls.readMultiple;
import static org.lwm2m.gateway.testing.ProviderCalls.write;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.ResponseCode;
import org.lwm2m.gateway.api.client.RebootHandler;
import org.lwm2m.gateway.api.model.ResourceType;
import org.lwm2m.gateway.api.driver.DeviceInfo;
import org.lwm2m.gateway.api.node.MultipleResource;
import org.lwm2m.gateway.api.node.ObjectLink;
import org.lwm2m.gateway.api.node.ResourceNode;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.api.object.WriteMode;
import org.lwm2m.gateway.testing.ChangeRecorder;
import org.lwm2m.gateway.testing.ComponentPropertyTypes;
import org.lwm2m.gateway.testing.TestDdf;

class DeviceObjectProviderTest {

    private static final Instant SUMMER = Instant.parse("2026-07-01T12:00:00Z");
    /** A host driver that tells everything: who the host is, its memory, and a battery. */
    private record TestHost(Optional<DeviceInfo.Battery> battery) implements DeviceInfo {

        @Override
        public Optional<String> manufacturer() {
            return Optional.of("ACME");
        }

        @Override
        public Optional<String> model() {
            return Optional.of("Edge Box 300");
        }

        @Override
        public Optional<String> serialNumber() {
            return Optional.of("SN-4711");
        }

        @Override
        public Optional<String> hardwareVersion() {
            return Optional.of("Rev B");
        }

        @Override
        public Optional<String> firmwareVersion() {
            return Optional.of("Linux 6.1");
        }

        @Override
        public OptionalLong freeMemoryKilobytes() {
            return OptionalLong.of(512_000);
        }

        @Override
        public OptionalLong totalMemoryKilobytes() {
            return OptionalLong.of(2_048_000);
        }
    }

    private static final TestHost HOST = new TestHost(Optional.empty());

    private final TestClock system = new TestClock(SUMMER);
    private final List<DeviceObjectProvider> providers = new ArrayList<>();

    @AfterEach
    void deactivate() {
        providers.forEach(DeviceObjectProvider::deactivate);
    }

    private DeviceObjectProvider provider(Map<String, Object> properties) {
        DeviceObjectProvider provider = new DeviceObjectProvider(config(properties),
                new DeviceClock(system, ZoneId.of("Europe/Berlin")));
        provider.bindDeviceInfo(HOST);
        providers.add(provider);
        return provider;
    }

    private DeviceObjectProvider provider() {
        return provider(Map.of());
    }

    private static DeviceConfig config(Map<String, ?> properties) {
        return ComponentPropertyTypes.of(DeviceConfig.class, properties);
    }

    private static SortedMap<Integer, Value> list(Value... values) {
        SortedMap<Integer, Value> map = new TreeMap<>();
        for (int i = 0; i < values.length; i++) {
            map.put(i, values[i]);
        }
        return map;
    }

    @Test
    void shipsTheDeviceObjectVersion12OfTheRegistry() {
        assertEquals(TestDdf.DEVICE_1_2.model(), provider().model());
    }

    @Test
    void instanceZeroHasEveryResourceOfTheDdf() {
        DeviceObjectProvider provider = provider();
        assertEquals(Set.of(0), provider.instanceIds());
        assertEquals(provider.model().resources().keySet(), provider.resourceIds(0));
        assertEquals(23, provider.resourceIds(0).size());
    }

    @Test
    void readsEveryReadableResource() throws Exception {
        DeviceObjectProvider provider = provider();

        assertEquals(Value.of("ACME"), read(provider, 0, 0));
        assertEquals(Value.of("Edge Box 300"), read(provider, 0, 1));
        assertEquals(Value.of("SN-4711"), read(provider, 0, 2));
        assertEquals(Value.of("Linux 6.1"), read(provider, 0, 3));
        assertEquals(list(Value.of(0L)), readMultiple(provider, 0, 6));
        assertEquals(list(Value.of(0L)), readMultiple(provider, 0, 7));
        assertEquals(list(Value.of(0L)), readMultiple(provider, 0, 8));
        assertEquals(Value.of(0L), read(provider, 0, 9));
        assertEquals(Value.of(512_000L), read(provider, 0, 10));
        assertEquals(Value.of(2_048_000L), read(provider, 0, 21));
        assertEquals(list(Value.of(0L)), readMultiple(provider, 0, 11));
        assertEquals(Value.time(SUMMER.getEpochSecond()), read(provider, 0, 13));
        assertEquals(Value.of("UTC+02:00"), read(provider, 0, 14));
        assertEquals(Value.of("Europe/Berlin"), read(provider, 0, 15));
        assertEquals(Value.of("U"), read(provider, 0, 16));
        assertEquals(Value.of("Gateway"), read(provider, 0, 17));
        assertEquals(Value.of("Rev B"), read(provider, 0, 18));
        String software = (String) read(provider, 0, 19).toJava();
        assertTrue(software.startsWith("lwm2m-gateway") && software.contains("Java " + Runtime.version()), software);
        assertEquals(Value.of(5L), read(provider, 0, 20));
        assertEquals(list(), readMultiple(provider, 0, 22));
        for (int executable : List.of(4, 5, 12)) {
            assertEquals(ResponseCode.NOT_FOUND, failure(provider.read(SYSTEM, 0, executable)).code());
        }
    }

    @Test
    void withoutADriverTheProductionConstructorDescribesTheJvmAndReadsTheRealClock() throws Exception {
        DeviceObjectProvider provider = new DeviceObjectProvider(config(Map.of()));
        providers.add(provider);

        long now = Instant.now().getEpochSecond();
        long time = ((Value.Time) read(provider, 0, 13)).epochSeconds();
        assertTrue(Math.abs(time - now) <= 5, time + " vs " + now);
        assertEquals(Value.of(ZoneId.systemDefault().getId()), read(provider, 0, 15));
        assertEquals(Value.of(System.getProperty("os.name") + " " + System.getProperty("os.version")),
                read(provider, 0, 3));
        assertEquals(Value.of("unknown"), read(provider, 0, 0));
        assertEquals(Value.of("lwm2m-gateway"), read(provider, 0, 1));
        assertEquals(Value.of(System.getProperty("os.arch")), read(provider, 0, 18));
        assertEquals(Value.of(Runtime.getRuntime().maxMemory() / 1000), read(provider, 0, 21), "the heap");
    }

    @Test
    void aDriverThatComesAndGoesChangesWhatTheObjectTells() throws Exception {
        DeviceObjectProvider provider = new DeviceObjectProvider(config(Map.of("model", "GW-9")),
                new DeviceClock(system, ZoneId.of("UTC")));
        providers.add(provider);
        ChangeRecorder recorder = ChangeRecorder.listenTo(provider);
        TestHost onBattery = new TestHost(Optional.of(new DeviceInfo.Battery(64, DeviceInfo.BatteryStatus.CHARGING,
                OptionalLong.of(3_700))));

        provider.bindDeviceInfo(onBattery);
        assertEquals(Value.of("ACME"), read(provider, 0, 0));
        assertEquals(Value.of("GW-9"), read(provider, 0, 1), "the configuration comes first");
        assertEquals(list(Value.of(1L)), readMultiple(provider, 0, 6), "internal battery");
        assertEquals(list(Value.of(3_700L)), readMultiple(provider, 0, 7));
        assertEquals(Value.of(64L), read(provider, 0, 9));
        assertEquals(Value.of(1L), read(provider, 0, 20), "charging");
        assertTrue(recorder.changes().contains(LwM2mPath.of(3, 0, 0)), "" + recorder.changes());

        provider.unbindDeviceInfo(onBattery);
        assertEquals(Value.of("unknown"), read(provider, 0, 0));
        assertEquals(Value.of(5L), read(provider, 0, 20), "no battery: not installed");
        assertEquals(list(Value.of(0L)), readMultiple(provider, 0, 6), "DC power");
    }

    @Test
    void configurationOverridesTheHostAndCanBeChanged() throws Exception {
        Map<String, Object> config = new HashMap<>();
        config.put("manufacturer", "Gateway Corp");
        config.put("model", "GW-9");
        config.put("serial", " 0042 ");
        config.put("deviceType", "Edge gateway");
        config.put("hardwareVersion", "v3");
        DeviceObjectProvider provider = provider(config);

        assertEquals(Value.of("Gateway Corp"), read(provider, 0, 0));
        assertEquals(Value.of("GW-9"), read(provider, 0, 1));
        assertEquals(Value.of("0042"), read(provider, 0, 2));
        assertEquals(Value.of("Edge gateway"), read(provider, 0, 17));
        assertEquals(Value.of("v3"), read(provider, 0, 18));

        ChangeRecorder recorder = ChangeRecorder.listenTo(provider);
        provider.modified(config(Map.of("model", "GW-10")));
        assertEquals(Value.of("GW-10"), read(provider, 0, 1));
        assertEquals(Value.of("ACME"), read(provider, 0, 0));
        assertTrue(recorder.changes().contains(LwM2mPath.of(3, 0, 1)), "" + recorder.changes());
    }

    @Test
    void refusesANegativeRebootDelayAndKeepsTheOldConfiguration() throws Exception {
        DeviceObjectProvider refused = provider(Map.of("model", "GW-8", "rebootDelay", -1L));
        assertEquals(Value.of("Edge Box 300"), read(refused, 0, 1), "a refused configuration sets nothing");

        DeviceObjectProvider provider = provider(Map.of("model", "GW-9"));
        provider.modified(config(Map.of("model", "GW-10", "rebootDelay", -1L)));
        assertEquals(Value.of("GW-9"), read(provider, 0, 1));
    }

    @Test
    void applicationsCanSetEveryValue() throws Exception {
        DeviceObjectProvider provider = provider();
        ChangeRecorder recorder = ChangeRecorder.listenTo(provider);

        write(provider, 0, new SingleResource(9, Value.of(87L)), new SingleResource(20, Value.of(1L)),
                new SingleResource(10, Value.of(1234L)), new SingleResource(3, Value.of("fw 2.0")),
                MultipleResource.ofList(6, ResourceType.INTEGER, List.of(Value.of(1L), Value.of(5L))),
                MultipleResource.ofList(7, ResourceType.INTEGER, List.of(Value.of(3700L), Value.of(5000L))),
                MultipleResource.ofList(22, ResourceType.OBJLNK, List.of(Value.of(new ObjectLink(3, 1)))));

        assertEquals(Value.of(87L), read(provider, 0, 9));
        assertEquals(Value.of(1L), read(provider, 0, 20));
        assertEquals(Value.of(1234L), read(provider, 0, 10), "a written value replaces the live figure");
        assertEquals(Value.of("fw 2.0"), read(provider, 0, 3));
        assertEquals(list(Value.of(1L), Value.of(5L)), readMultiple(provider, 0, 6));
        assertEquals(list(Value.of(3700L), Value.of(5000L)), readMultiple(provider, 0, 7));
        assertEquals(list(Value.of(new ObjectLink(3, 1))), readMultiple(provider, 0, 22));
        assertTrue(recorder.changes().containsAll(List.of(LwM2mPath.of(3, 0, 9), LwM2mPath.of(3, 0, 10))),
                "" + recorder.changes());
    }

    @Test
    void badValuesAreRefusedAndChangeNothing() throws Exception {
        DeviceObjectProvider provider = provider();
        ChangeRecorder recorder = ChangeRecorder.listenTo(provider);

        SingleResource newType = new SingleResource(17, Value.of("x"));
        Map<List<ResourceNode>, ResponseCode> refused = Map.ofEntries(
                entry(List.of(newType, new SingleResource(9, Value.of(101L))), BAD_REQUEST),
                entry(List.of(newType, new SingleResource(20, Value.of(7L))), BAD_REQUEST),
                entry(List.of(newType, MultipleResource.ofList(11, ResourceType.INTEGER, List.of(Value.of(33L)))),
                        BAD_REQUEST),
                entry(List.of(newType, MultipleResource.ofList(6, ResourceType.INTEGER, List.of(Value.of(8L)))),
                        BAD_REQUEST),
                entry(List.of(newType, new SingleResource(9, Value.of("50"))), BAD_REQUEST),
                entry(List.of(newType, new SingleResource(6, Value.of(0L))), BAD_REQUEST),
                entry(List.of(newType, MultipleResource.ofList(9, ResourceType.INTEGER, List.of(Value.of(5L)))),
                        BAD_REQUEST),
                entry(List.of(newType, new SingleResource(14, Value.of("UTC+25"))), BAD_REQUEST),
                entry(List.of(newType, new SingleResource(15, Value.of("Mars/Olympus"))), BAD_REQUEST),
                entry(List.of(newType, new SingleResource(13, Value.of(5L))), BAD_REQUEST),
                entry(List.of(newType, new SingleResource(4, Value.of(true))), METHOD_NOT_ALLOWED));
        refused.forEach((write, code) -> {
            LwM2mException e = failure(provider.write(SYSTEM, 0, write, WriteMode.UPDATE));
            assertEquals(code, e.code(), write + " -> " + e.getMessage());
        });

        assertEquals(Value.of("Gateway"), read(provider, 0, 17));
        assertEquals(Value.of(0L), read(provider, 0, 9));
        assertEquals(list(Value.of(0L)), readMultiple(provider, 0, 11));
        assertEquals(Value.of("UTC+02:00"), read(provider, 0, 14));
        assertEquals(Value.of("Europe/Berlin"), read(provider, 0, 15));
        assertEquals(List.of(), recorder.changes());
    }

    @Test
    void rangeRefusalSaysWhy() {
        LwM2mException e = failure(provider().write(SYSTEM, 0, List.of(new SingleResource(9, Value.of(101L))),
                WriteMode.REPLACE));
        assertEquals(ResponseCode.BAD_REQUEST, e.code());
        assertEquals("Battery Level must be 0..100, not 101", e.getMessage());
    }

    @Test
    void currentTimeWritesKeepTheClockRunning() throws Exception {
        DeviceObjectProvider provider = provider();

        write(provider, 0, new SingleResource(13, Value.time(SUMMER.getEpochSecond() - 86400)));
        assertEquals(Value.time(SUMMER.getEpochSecond() - 86400), read(provider, 0, 13));

        system.advance(Duration.ofSeconds(42));
        assertEquals(Value.time(SUMMER.getEpochSecond() - 86400 + 42), read(provider, 0, 13));
    }

    @Test
    void timezoneAndUtcOffsetWritesAreApplied() throws Exception {
        DeviceObjectProvider provider = provider();
        ChangeRecorder recorder = ChangeRecorder.listenTo(provider);

        write(provider, 0, new SingleResource(15, Value.of("America/New_York")));
        assertEquals(Value.of("America/New_York"), read(provider, 0, 15));
        assertEquals(Value.of("UTC-04:00"), read(provider, 0, 14));
        assertTrue(recorder.changes().containsAll(List.of(LwM2mPath.of(3, 0, 15), LwM2mPath.of(3, 0, 14))),
                "" + recorder.changes());

        write(provider, 0, new SingleResource(14, Value.of("+05:30")));
        assertEquals(Value.of("+05:30"), read(provider, 0, 14), "a written offset reads back as written");
        write(provider, 0, new SingleResource(14, Value.of("UTC+2")));
        assertEquals(Value.of("UTC+2"), read(provider, 0, 14));
        assertEquals(Value.of("America/New_York"), read(provider, 0, 15));
    }

    @Test
    void resetErrorCodeClearsTheErrors() throws Exception {
        DeviceObjectProvider provider = provider();
        write(provider, 0, MultipleResource.ofList(11, ResourceType.INTEGER, List.of(Value.of(1L), Value.of(5L))));
        assertEquals(list(Value.of(1L), Value.of(5L)), readMultiple(provider, 0, 11));
        ChangeRecorder recorder = ChangeRecorder.listenTo(provider);

        execute(provider, 0, 12);

        assertEquals(list(Value.of(0L)), readMultiple(provider, 0, 11));
        assertEquals(List.of(LwM2mPath.of(3, 0, 11)), recorder.changes());
    }

    @Test
    void factoryResetIsAcceptedAndChangesNothing() throws Exception {
        DeviceObjectProvider provider = provider();
        write(provider, 0, new SingleResource(9, Value.of(50L)));
        ChangeRecorder recorder = ChangeRecorder.listenTo(provider);

        execute(provider, 0, 5);

        assertEquals(Value.of(50L), read(provider, 0, 9));
        assertEquals(List.of(), recorder.changes());
    }

    @Test
    void rebootAnswersFirstAndCallsTheHandlerAfterwards() throws Exception {
        DeviceObjectProvider provider = provider(Map.of("rebootDelay", 200L));
        AtomicBoolean executeReturned = new AtomicBoolean();
        AtomicBoolean calledAfterReturn = new AtomicBoolean();
        CountDownLatch rebooted = new CountDownLatch(1);
        provider.bindRebootHandler(() -> {
            calledAfterReturn.set(executeReturned.get());
            rebooted.countDown();
        });

        CompletionStage<Void> result = provider.execute(SYSTEM, 0, 4, "");
        assertTrue(result.toCompletableFuture().isDone(), "the execute answers at once");
        executeReturned.set(true);
        await(result);

        assertTrue(rebooted.await(10, TimeUnit.SECONDS), "the reboot handler was called");
        assertTrue(calledAfterReturn.get(), "the handler ran after the execute returned");
    }

    @Test
    void rebootUsesTheHandlerBoundAtThatMoment() throws Exception {
        DeviceObjectProvider provider = provider(Map.of("rebootDelay", 0L));
        CountDownLatch second = new CountDownLatch(1);
        AtomicInteger firstCalls = new AtomicInteger();
        RebootHandler first = firstCalls::incrementAndGet;
        provider.bindRebootHandler(first);
        provider.bindRebootHandler(second::countDown);
        provider.unbindRebootHandler(first);

        execute(provider, 0, 4);

        assertTrue(second.await(10, TimeUnit.SECONDS));
        assertEquals(0, firstCalls.get());
    }

    @Test
    void rebootWithoutAHandlerIsRefused() {
        DeviceObjectProvider provider = provider();
        RebootHandler handler = () -> {
        };
        provider.bindRebootHandler(handler);
        provider.unbindRebootHandler(handler);

        LwM2mException e = failure(provider.execute(SYSTEM, 0, 4, ""));
        assertEquals(ResponseCode.SERVICE_UNAVAILABLE, e.code());
    }

    @Test
    void afterDeactivationRebootIsRefused() {
        DeviceObjectProvider provider = provider(Map.of("rebootDelay", 30_000L));
        AtomicInteger reboots = new AtomicInteger();
        provider.bindRebootHandler(reboots::incrementAndGet);
        await(provider.execute(SYSTEM, 0, 4, ""));

        provider.deactivate();

        assertEquals(ResponseCode.SERVICE_UNAVAILABLE, failure(provider.execute(SYSTEM, 0, 4, "")).code());
        assertEquals(0, reboots.get());
    }

    @Test
    void serversCannotCreateOrDeleteTheDevice() {
        DeviceObjectProvider provider = provider();
        assertEquals(ResponseCode.METHOD_NOT_ALLOWED, failure(provider.create(SYSTEM, 1, List.of())).code());
        assertEquals(ResponseCode.METHOD_NOT_ALLOWED, failure(provider.create(SYSTEM, null, List.of())).code());
        assertEquals(ResponseCode.METHOD_NOT_ALLOWED, failure(provider.delete(SYSTEM, 0)).code());
        assertEquals(Set.of(0), provider.instanceIds());
        assertEquals(ResponseCode.METHOD_NOT_ALLOWED, failure(provider.execute(SYSTEM, 0, 0, "")).code());
    }
}
