package org.lwm2m.gateway.engine;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.client.ExecuteCallback;
import org.lwm2m.gateway.api.codec.LinkCodec;
import org.lwm2m.gateway.api.codec.NodeCodec;
import org.lwm2m.gateway.api.object.ObjectProvider;
import org.lwm2m.gateway.api.object.Requester;

/**
 * A client as the dispatcher sees it, assembled by each test from the engine's own parts (objects, codecs, claimed
 * callbacks), recording the writes and executes the dispatcher reports.
 */
final class TestContext implements RequestContext {

    private final Map<Requester, AttributeStore> attributes = new ConcurrentHashMap<>();

    private final ClientObjects objects = new ClientObjects("test-client");
    private final AccessControl access = new AccessControl(objects);
    private final InstalledCodecs codecs = new InstalledCodecs();
    private final ClaimedCallbacks claims = new ClaimedCallbacks();

    /** Paths the dispatcher reported as written, in order. */
    final List<LwM2mPath> written = new CopyOnWriteArrayList<>();
    /** Paths the dispatcher reported as executed, in order. */
    final List<LwM2mPath> executed = new CopyOnWriteArrayList<>();

    TestContext add(ObjectProvider provider) {
        objects.add(provider, Map.of());
        return this;
    }

    /** Installs exactly these node codecs, removing those installed before. */
    TestContext codecs(NodeCodec... installed) {
        for (int format : codecs.nodeFormats()) {
            codecs.removeNodeCodec(codecs.nodeCodec(format));
        }
        for (NodeCodec codec : installed) {
            codecs.addNodeCodec(codec);
        }
        return this;
    }

    /** Installs this link codec instead of the one before; null leaves none. */
    TestContext linkCodec(LinkCodec codec) {
        LinkCodec old = codecs.linkCodec();
        if (old != null) {
            codecs.removeLinkCodec(old);
        }
        if (codec != null) {
            codecs.addLinkCodec(codec);
        }
        return this;
    }

    TestContext callback(LwM2mPath path, ExecuteCallback callback) {
        claims.claim(path.toString(), callback);
        return this;
    }

    @Override
    public AccessControl accessControl() {
        return access;
    }

    @Override
    public ClientObjects objects() {
        return objects;
    }

    @Override
    public InstalledCodecs codecs() {
        return codecs;
    }

    @Override
    public ClaimedCallbacks claims() {
        return claims;
    }

    @Override
    public void afterWrite(LwM2mPath path) {
        written.add(path);
    }

    @Override
    public void beforeExecute(LwM2mPath path) {
        // the tests' objects have nothing an execute could need first
    }

    @Override
    public Runnable afterExecute(LwM2mPath path) {
        executed.add(path);
        return null;
    }

    /** Bootstrap-Finish: the dispatcher tests talk as a management server, so it always ends at once. */
    @Override
    public String finishBootstrap() {
        return null;
    }

    @Override
    public AttributeStore attributes(Requester server) {
        return attributes.computeIfAbsent(server, s -> new AttributeStore());
    }
}
