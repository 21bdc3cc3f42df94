package org.lwm2m.gateway.testing;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.object.ObjectListener;
import org.lwm2m.gateway.api.object.ObjectProvider;

/** An {@link ObjectListener} that records what a provider reports, for provider tests to assert on. */
public final class ChangeRecorder implements ObjectListener {

    private final List<LwM2mPath> changes = new CopyOnWriteArrayList<>();
    private final List<Set<Integer>> instanceIdsSeen = new CopyOnWriteArrayList<>();

    private ChangeRecorder() {
    }

    /** A recorder listening to {@code provider} from now on. */
    public static ChangeRecorder listenTo(ObjectProvider provider) {
        ChangeRecorder recorder = new ChangeRecorder();
        provider.addListener(recorder);
        return recorder;
    }

    @Override
    public void instancesChanged(ObjectProvider provider) {
        instanceIdsSeen.add(Set.copyOf(provider.instanceIds()));
        changes.add(LwM2mPath.of(provider.model().id()));
    }

    @Override
    public void valueChanged(ObjectProvider provider, LwM2mPath path) {
        changes.add(path);
    }

    /** Every report so far, in order: a changed value as its path, changed instances as the object's path. */
    public List<LwM2mPath> changes() {
        return List.copyOf(changes);
    }

    /** For each report of changed instances, the instance ids the provider had when it reported. */
    public List<Set<Integer>> instanceIdsSeen() {
        return List.copyOf(instanceIdsSeen);
    }
}
