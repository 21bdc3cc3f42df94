package org.lwm2m.gateway.api.object;

import org.lwm2m.gateway.api.LwM2mPath;
import org.osgi.annotation.versioning.ProviderType;

/** Told by an {@link ObjectProvider} when its instances or values change. Called on any thread; must not block. */
@ProviderType
public interface ObjectListener {

    /** Instances were created or deleted. */
    void instancesChanged(ObjectProvider provider);

    /** The value at {@code path} (a resource or resource instance) changed. */
    void valueChanged(ObjectProvider provider, LwM2mPath path);
}
