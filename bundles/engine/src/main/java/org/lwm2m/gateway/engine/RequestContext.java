package org.lwm2m.gateway.engine;

import java.util.Collection;
import java.util.Set;

import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.client.ExecuteCallback;
import org.lwm2m.gateway.api.codec.LinkCodec;
import org.lwm2m.gateway.api.codec.NodeCodec;
import org.lwm2m.gateway.api.object.ObjectProvider;

/**
 * What the handling of server requests needs from one client: its objects, the codecs, the execute callbacks
 * applications claimed, and hooks that let the registration side react to server writes and executes.
 */
interface RequestContext {

    /** The provider of an object for this client, or null. */
    ObjectProvider provider(int objectId);

    /** Every provider of this client, by ascending object id. */
    Collection<ObjectProvider> providers();

    /** The codec of a content format, or null if none is installed. */
    NodeCodec nodeCodec(int contentFormat);

    /** The content formats of every installed node codec. */
    Set<Integer> nodeFormats();

    /** The CoRE Link Format codec, or null if none is installed. */
    LinkCodec linkCodec();

    /** The callback an application claimed for this executable resource, or null. */
    ExecuteCallback executeCallback(LwM2mPath path);

    /** Called after a server write at {@code path} succeeded (a new lifetime, for example). */
    void afterWrite(LwM2mPath path);

    /** Called after a server execute of {@code path} succeeded (a Registration Update Trigger, for example). */
    void afterExecute(LwM2mPath path);
}
