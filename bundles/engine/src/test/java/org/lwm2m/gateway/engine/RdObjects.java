package org.lwm2m.gateway.engine;

import java.nio.charset.StandardCharsets;

import org.lwm2m.gateway.api.node.Value;

/** The objects registration tests give a client: a Security object with one account, a Server object, a Device. */
final class RdObjects {

    private RdObjects() {
    }

    /** A Security object with one NoSec LwM2M server account. */
    static TestProvider noSec(String uri, int shortServerId) {
        TestProvider p = new TestProvider(TestObjects.SECURITY);
        p.add(0).set(0, Value.of(uri)).set(1, Value.of(false)).set(2, Value.of(3L))
                .set(10, Value.of((long) shortServerId));
        return p;
    }

    /** A Security object with one PSK LwM2M server account. */
    static TestProvider psk(String uri, int shortServerId, String identity, byte[] key) {
        TestProvider p = new TestProvider(TestObjects.SECURITY);
        p.add(0).set(0, Value.of(uri)).set(1, Value.of(false)).set(2, Value.of(0L))
                .set(3, Value.of(identity.getBytes(StandardCharsets.UTF_8))).set(5, Value.of(key))
                .set(10, Value.of((long) shortServerId));
        return p;
    }

    /** A Server object with one instance; executing its Registration Update Trigger succeeds. */
    static TestProvider server(int shortServerId, long lifetime) {
        TestProvider p = new TestProvider(TestObjects.SERVER);
        p.add(0).set(0, Value.of((long) shortServerId)).set(1, Value.of(lifetime)).set(6, Value.of(false))
                .set(7, Value.of("U")).onExecute(8, arguments -> {
                }).onExecute(9, arguments -> {
                });
        return p;
    }

    /** A Device object with instance 0. */
    static TestProvider device() {
        TestProvider p = new TestProvider(TestObjects.DEVICE);
        p.add(0).set(0, Value.of("lwm2m-gateway")).set(9, Value.of(80L)).onExecute(4, arguments -> {
        });
        return p;
    }
}
