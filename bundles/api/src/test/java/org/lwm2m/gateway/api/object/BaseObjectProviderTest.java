package org.lwm2m.gateway.api.object;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lwm2m.gateway.api.object.Requester.SYSTEM;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.ResponseCode;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.model.ResourceType;
import org.lwm2m.gateway.api.node.MultipleResource;
import org.lwm2m.gateway.api.node.ResourceNode;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;

class BaseObjectProviderTest {

    private static final ObjectModel DEVICE = ObjectModel.standard(3, "1.2");

    private final List<String> events = new ArrayList<>();
    private final List<String> executed = new ArrayList<>();
    private final AtomicLong memoryFree = new AtomicLong(1234);

    private final class Device extends BaseObjectProvider {
        final ValueInstance instance = new ValueInstance(DEVICE, 0, r -> fireValueChanged(0, r));

        Device() {
            super(DEVICE);
            instance.set(0, Value.of("ACME"))
                    .set(15, Value.of("Europe/Paris"))
                    .bind(10, () -> Value.of(memoryFree.get()))
                    .setAll(7, List.of(Value.of(3300L), Value.of(5000L)))
                    .onExecute(4, args -> executed.add("reboot " + args))
                    .onWrite(15, r -> {
                        if (!(r instanceof SingleResource s) || ((Value.Str) s.value()).value().isBlank()) {
                            throw LwM2mException.badRequest("blank timezone");
                        }
                    });
            putInstance(0, instance);
        }
    }

    private Device device() {
        Device d = new Device();
        d.addListener(new ObjectListener() {
            @Override
            public void instancesChanged(ObjectProvider provider) {
                events.add("instances");
            }

            @Override
            public void valueChanged(ObjectProvider provider, LwM2mPath path) {
                events.add(path.toString());
            }
        });
        return d;
    }

    private static <T> T await(CompletionStage<T> stage) throws Exception {
        return stage.toCompletableFuture().get(5, TimeUnit.SECONDS);
    }

    private static ResponseCode failure(CompletionStage<?> stage) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> await(stage));
        return assertInstanceOf(LwM2mException.class, e.getCause()).code();
    }

    @Test
    void readsStoredAndLiveValues() throws Exception {
        Device d = device();
        assertEquals(new SingleResource(0, Value.of("ACME")), await(d.read(SYSTEM, 0, 0)));
        assertEquals(new SingleResource(10, Value.of(1234L)), await(d.read(SYSTEM, 0, 10)));
        assertEquals(List.of(0, 4, 7, 10, 15), List.copyOf(d.resourceIds(0)));
        assertEquals(ResponseCode.NOT_FOUND, failure(d.read(SYSTEM, 0, 1)));
        assertEquals(ResponseCode.NOT_FOUND, failure(d.read(SYSTEM, 1, 0)));
    }

    @Test
    void writesAllOrNothing() throws Exception {
        Device d = device();
        List<ResourceNode> batch = List.of(new SingleResource(0, Value.of("Other")),
                new SingleResource(15, Value.of(" ")));
        assertEquals(ResponseCode.BAD_REQUEST, failure(d.write(SYSTEM, 0, batch, WriteMode.UPDATE)));
        assertEquals(new SingleResource(0, Value.of("ACME")), await(d.read(SYSTEM, 0, 0)));
        assertTrue(events.isEmpty(), events::toString);

        await(d.write(SYSTEM, 0, List.of(new SingleResource(15, Value.of("UTC"))), WriteMode.REPLACE));
        assertEquals(new SingleResource(15, Value.of("UTC")), await(d.read(SYSTEM, 0, 15)));
        assertEquals(List.of("/3/0/15"), events);
    }

    @Test
    void mergesOrReplacesMultipleResources() throws Exception {
        Device d = device();
        MultipleResource second = new MultipleResource(7, ResourceType.INTEGER,
                new java.util.TreeMap<>(java.util.Map.of(1, Value.of(4200L))));
        await(d.write(SYSTEM, 0, List.of(second), WriteMode.UPDATE));
        MultipleResource merged = (MultipleResource) await(d.read(SYSTEM, 0, 7));
        assertEquals(Value.of(3300L), merged.instances().get(0));
        assertEquals(Value.of(4200L), merged.instances().get(1));

        await(d.write(SYSTEM, 0, List.of(second), WriteMode.REPLACE));
        assertEquals(second, await(d.read(SYSTEM, 0, 7)));
    }

    @Test
    void aWrittenValueReplacesALiveBinding() throws Exception {
        Device d = device();
        await(d.write(SYSTEM, 0, List.of(new SingleResource(10, Value.of(99L))), WriteMode.REPLACE));
        assertEquals(new SingleResource(10, Value.of(99L)), await(d.read(SYSTEM, 0, 10)));
    }

    @Test
    void executesOnlyExecutableResources() throws Exception {
        Device d = device();
        await(d.execute(SYSTEM, 0, 4, "0='now'"));
        assertEquals(List.of("reboot 0='now'"), executed);
        assertEquals(ResponseCode.METHOD_NOT_ALLOWED, failure(d.execute(SYSTEM, 0, 0, "")));
        assertEquals(ResponseCode.METHOD_NOT_ALLOWED,
                failure(d.write(SYSTEM, 0, List.of(new SingleResource(4, Value.of("x"))), WriteMode.REPLACE)));
    }

    @Test
    void refusesCreateAndDeleteByDefault() {
        Device d = device();
        assertEquals(ResponseCode.METHOD_NOT_ALLOWED, failure(d.create(SYSTEM, null, List.of())));
        assertEquals(ResponseCode.METHOD_NOT_ALLOWED, failure(d.delete(SYSTEM, 0)));
        assertEquals(ResponseCode.NOT_FOUND, failure(d.delete(SYSTEM, 7)));
    }

    @Test
    void localSetsAreReported() {
        Device d = device();
        d.instance.set(9, Value.of(80L));
        assertEquals(List.of("/3/0/9"), events);
    }

    @Test
    void settingTheValueAResourceHasIsNoChange() {
        Device d = device();
        d.instance.set(0, Value.of("ACME")).setAll(7, List.of(Value.of(3300L), Value.of(5000L)));
        assertEquals(List.of(), events);

        d.instance.setAll(7, List.of(Value.of(3300L)));
        d.instance.set(10, Value.of(1234L));
        d.instance.set(10, Value.of(1235L));
        assertEquals(List.of("/3/0/7", "/3/0/10"), events, "the bound value was 1234 until set");
    }

    @Test
    void aBoundValueReportsItsChangesWhenRead() throws Exception {
        Device d = device();
        await(d.read(SYSTEM, 0, 10));
        await(d.read(SYSTEM, 0, 10));
        assertEquals(List.of(), events);

        memoryFree.set(999);
        assertEquals(new SingleResource(10, Value.of(999L)), await(d.read(SYSTEM, 0, 10)));
        await(d.read(SYSTEM, 0, 10));
        assertEquals(List.of("/3/0/10"), events);
    }

    @Test
    void aServerWriteOfTheSameValueIsNoChange() throws Exception {
        Device d = device();
        await(d.write(SYSTEM, 0,
                List.of(new SingleResource(0, Value.of("ACME")), new SingleResource(15, Value.of("UTC"))),
                WriteMode.UPDATE));
        assertEquals(List.of("/3/0/15"), events);
    }
}
