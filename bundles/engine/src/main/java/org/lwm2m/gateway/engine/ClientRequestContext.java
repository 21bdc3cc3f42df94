package org.lwm2m.gateway.engine;

import java.util.Collection;
import java.util.Set;

import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.client.ExecuteCallback;
import org.lwm2m.gateway.api.codec.LinkCodec;
import org.lwm2m.gateway.api.codec.NodeCodec;
import org.lwm2m.gateway.api.object.ObjectProvider;

/** What server request handling sees of one client, and how server writes and executes reach its registration. */
final class ClientRequestContext implements RequestContext {

    private static final int SERVER = 1;
    private static final int REGISTRATION_UPDATE_TRIGGER = 8;

    private final ClientObjects objects;
    private final InstalledCodecs codecs;
    private final ClaimedCallbacks claims;
    private final RegistrationClient registration;

    ClientRequestContext(ClientObjects objects, InstalledCodecs codecs, ClaimedCallbacks claims,
            RegistrationClient registration) {
        this.objects = objects;
        this.codecs = codecs;
        this.claims = claims;
        this.registration = registration;
    }

    @Override
    public ObjectProvider provider(int objectId) {
        return objects.provider(objectId);
    }

    @Override
    public Collection<ObjectProvider> providers() {
        return objects.providers();
    }

    @Override
    public NodeCodec nodeCodec(int contentFormat) {
        return codecs.nodeCodec(contentFormat);
    }

    @Override
    public Set<Integer> nodeFormats() {
        return codecs.nodeFormats();
    }

    @Override
    public LinkCodec linkCodec() {
        return codecs.linkCodec();
    }

    @Override
    public ExecuteCallback executeCallback(LwM2mPath path) {
        return claims.callback(path);
    }

    /** A written Server instance may carry a new lifetime or binding: the registration compares and updates. */
    @Override
    public void afterWrite(LwM2mPath path) {
        if (path.objectId() == SERVER) {
            registration.scheduleReconcile();
        }
    }

    @Override
    public void afterExecute(LwM2mPath path) {
        if (path.objectId() == SERVER && path.resourceId() == REGISTRATION_UPDATE_TRIGGER) {
            registration.requestUpdate();
        }
    }
}
