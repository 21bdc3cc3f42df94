package org.lwm2m.gateway.api.client;

import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.LwM2mPath;
import org.osgi.annotation.versioning.ConsumerType;

/** Runs when a server executes a resource an application has claimed. */
@FunctionalInterface
@ConsumerType
public interface ExecuteCallback {

    void execute(LwM2mPath path, String arguments) throws LwM2mException;
}
