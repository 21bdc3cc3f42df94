package org.lwm2m.gateway.engine;

import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.object.Requester;

/**
 * What the handling of server requests needs from one client: its objects, the installed codecs, the execute
 * callbacks applications claimed, and hooks that let the registration side react to server writes and executes.
 */
interface RequestContext {

    ClientObjects objects();

    /** The rights of this client's servers. */
    AccessControl accessControl();

    InstalledCodecs codecs();

    ClaimedCallbacks claims();

    /**
     * Called after a server write at {@code path} succeeded (a new lifetime, for example). Must not throw: the
     * write is done, and its answer says so.
     */
    void afterWrite(LwM2mPath path);

    /**
     * Called before a server execute of {@code path} reaches its object, to refuse one the client cannot carry out
     * (a Bootstrap-Request Trigger without a bootstrap server account).
     */
    void beforeExecute(LwM2mPath path) throws LwM2mException;

    /**
     * Called after a server execute of {@code path} succeeded (a Registration Update Trigger, for example). Must not
     * throw: the execute is done, and its answer says so.
     *
     * @return what to do once the answer has gone out (a Bootstrap-Request Trigger de-registers, which must come
     *         after the answer), or null
     */
    Runnable afterExecute(LwM2mPath path);

    /**
     * The bootstrap server said it is done (Bootstrap-Finish): checks that the accounts written hold together and, if
     * they do, ends the bootstrap so that the client registers with its servers.
     *
     * @return null when done, else why the accounts do not hold together (the bootstrap goes on)
     */
    String finishBootstrap();

    /**
     * The notification attributes {@code server} wrote; one store per server, kept for the client's life (across
     * its registrations with that server).
     */
    AttributeStore attributes(Requester server);
}
