package org.lwm2m.gateway.engine;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.client.ExecuteCallback;
import org.lwm2m.gateway.api.codec.LinkCodec;
import org.lwm2m.gateway.api.codec.NodeCodec;
import org.lwm2m.gateway.api.object.ObjectProvider;

/** A client as the dispatcher sees it, assembled by each test: providers, codecs, callbacks, and what happened. */
final class TestContext implements RequestContext {

    private final Map<Integer, ObjectProvider> providers = new ConcurrentSkipListMap<>();
    private final Map<Integer, NodeCodec> codecs = new ConcurrentHashMap<>();
    private final Map<LwM2mPath, ExecuteCallback> callbacks = new ConcurrentHashMap<>();
    private volatile LinkCodec linkCodec;

    /** Paths the dispatcher reported as written, in order. */
    final List<LwM2mPath> written = new CopyOnWriteArrayList<>();
    /** Paths the dispatcher reported as executed, in order. */
    final List<LwM2mPath> executed = new CopyOnWriteArrayList<>();

    TestContext add(ObjectProvider provider) {
        providers.put(provider.model().id(), provider);
        return this;
    }

    TestContext codecs(NodeCodec... installed) {
        codecs.clear();
        for (NodeCodec codec : installed) {
            codecs.put(codec.contentFormat(), codec);
        }
        return this;
    }

    TestContext linkCodec(LinkCodec codec) {
        linkCodec = codec;
        return this;
    }

    TestContext callback(LwM2mPath path, ExecuteCallback callback) {
        callbacks.put(path, callback);
        return this;
    }

    @Override
    public ObjectProvider provider(int objectId) {
        return providers.get(objectId);
    }

    @Override
    public Collection<ObjectProvider> providers() {
        return List.copyOf(providers.values());
    }

    @Override
    public NodeCodec nodeCodec(int contentFormat) {
        return codecs.get(contentFormat);
    }

    @Override
    public Set<Integer> nodeFormats() {
        return Set.copyOf(codecs.keySet());
    }

    @Override
    public LinkCodec linkCodec() {
        return linkCodec;
    }

    @Override
    public ExecuteCallback executeCallback(LwM2mPath path) {
        return callbacks.get(path);
    }

    @Override
    public void afterWrite(LwM2mPath path) {
        written.add(path);
    }

    @Override
    public void afterExecute(LwM2mPath path) {
        executed.add(path);
    }
}
