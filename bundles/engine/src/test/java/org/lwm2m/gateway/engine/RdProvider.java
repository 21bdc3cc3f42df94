package org.lwm2m.gateway.engine;

import java.nio.charset.StandardCharsets;

import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.api.object.BaseObjectProvider;
import org.lwm2m.gateway.api.object.ValueInstance;

/** An in-memory object for registration tests, with builders for the Security and Server instances of a client. */
class RdProvider extends BaseObjectProvider {

    static final ObjectModel SECURITY = ObjectModel.load(RdProvider.class, "/ddf/0-1_1.xml");
    static final ObjectModel SERVER = ObjectModel.load(RdProvider.class, "/ddf/1-1_1.xml");
    static final ObjectModel ACCESS_CONTROL_1_0 = ObjectModel.load(RdProvider.class, "/ddf/2-1_0.xml");
    static final ObjectModel DEVICE_1_2 = ObjectModel.load(RdProvider.class, "/ddf/3.xml");
    static final ObjectModel LOCATION_1_0 = ObjectModel.load(RdProvider.class, "/ddf/6.xml");

    RdProvider(ObjectModel model) {
        super(model);
    }

    /** A Security object with one NoSec LwM2M server account. */
    static RdProvider noSec(String uri, int shortServerId) {
        RdProvider p = new RdProvider(SECURITY);
        p.add(0).set(0, Value.of(uri)).set(1, Value.of(false)).set(2, Value.of(3L))
                .set(10, Value.of((long) shortServerId));
        return p;
    }

    /** A Security object with one PSK LwM2M server account. */
    static RdProvider psk(String uri, int shortServerId, String identity, byte[] key) {
        RdProvider p = new RdProvider(SECURITY);
        p.add(0).set(0, Value.of(uri)).set(1, Value.of(false)).set(2, Value.of(0L))
                .set(3, Value.of(identity.getBytes(StandardCharsets.UTF_8))).set(5, Value.of(key))
                .set(10, Value.of((long) shortServerId));
        return p;
    }

    /** A Server object with one instance; executing its Registration Update Trigger succeeds. */
    static RdProvider server(int shortServerId, long lifetime) {
        RdProvider p = new RdProvider(SERVER);
        p.add(0).set(0, Value.of((long) shortServerId)).set(1, Value.of(lifetime)).set(6, Value.of(false))
                .set(7, Value.of("U")).onExecute(8, arguments -> {
                });
        return p;
    }

    /** A Device object with instance 0. */
    static RdProvider device() {
        RdProvider p = new RdProvider(DEVICE_1_2);
        p.add(0).set(0, Value.of("lwm2m-gateway")).set(9, Value.of(80L)).onExecute(4, arguments -> {
        });
        return p;
    }

    ValueInstance add(int instanceId) {
        ValueInstance instance = new ValueInstance(model(), instanceId, r -> fireValueChanged(instanceId, r));
        putInstance(instanceId, instance);
        return instance;
    }

    void remove(int instanceId) {
        removeInstance(instanceId);
    }

    ValueInstance get(int instanceId) {
        return (ValueInstance) instance(instanceId);
    }
}
