package org.lwm2m.gateway.engine;

import org.lwm2m.gateway.api.LwM2mIds;
import org.lwm2m.gateway.api.LwM2mPath;

/** What server request handling sees of one client, and how server writes and executes reach its registration. */
record ClientRequestContext(ClientObjects objects, InstalledCodecs codecs, ClaimedCallbacks claims,
        RegistrationClient registration) implements RequestContext {

    /** A written Server instance may carry a new lifetime or binding: the registration compares and updates. */
    @Override
    public void afterWrite(LwM2mPath path) {
        if (path.objectId() == LwM2mIds.SERVER) {
            registration.scheduleReconcile();
        }
    }

    @Override
    public void afterExecute(LwM2mPath path) {
        if (path.objectId() == LwM2mIds.SERVER && path.resourceId() == LwM2mIds.Server.REGISTRATION_UPDATE_TRIGGER) {
            registration.requestUpdate();
        }
    }
}
