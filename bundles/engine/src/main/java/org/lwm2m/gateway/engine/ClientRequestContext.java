package org.lwm2m.gateway.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.LwM2mIds;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.object.Requester;

/** What server request handling sees of one client, and how server writes and executes reach its registrations. */
record ClientRequestContext(ClientObjects objects, InstalledCodecs codecs, ClaimedCallbacks claims,
        ServerRegistrations registrations, Map<Requester, AttributeStore> attributeStores,
        AccessControl accessControl) implements RequestContext {

    ClientRequestContext(ClientObjects objects, InstalledCodecs codecs, ClaimedCallbacks claims,
            ServerRegistrations registrations) {
        this(objects, codecs, claims, registrations, new ConcurrentHashMap<>(), new AccessControl(objects));
    }

    @Override
    public AttributeStore attributes(Requester server) {
        return attributeStores.computeIfAbsent(server, s -> new AttributeStore());
    }

    /**
     * A written Server instance may carry a new lifetime or binding: every registration compares its own account
     * and only the one whose account changed sends an Update.
     */
    @Override
    public void afterWrite(LwM2mPath path) {
        if (path.objectId() == LwM2mIds.SERVER) {
            registrations.reconcile();
        }
    }

    @Override
    public String finishBootstrap() {
        return registrations.finishBootstrap();
    }

    /** A Bootstrap-Request Trigger needs a bootstrap server account to bootstrap from. */
    @Override
    public void beforeExecute(LwM2mPath path) throws LwM2mException {
        if (isServerResource(path, LwM2mIds.Server.BOOTSTRAP_REQUEST_TRIGGER)) {
            registrations.checkBootstrapAccount();
        }
    }

    /**
     * Registration Update Trigger of Server instance x updates the registration with server x only; a
     * Bootstrap-Request Trigger bootstraps again.
     */
    @Override
    public Runnable afterExecute(LwM2mPath path) {
        if (isServerResource(path, LwM2mIds.Server.REGISTRATION_UPDATE_TRIGGER)) {
            registrations.requestUpdate(path.instanceId());
        } else if (isServerResource(path, LwM2mIds.Server.BOOTSTRAP_REQUEST_TRIGGER)) {
            return registrations::bootstrap;
        }
        return null;
    }

    private static boolean isServerResource(LwM2mPath path, int resourceId) {
        return path.objectId() == LwM2mIds.SERVER && path.resourceId() == resourceId;
    }
}
