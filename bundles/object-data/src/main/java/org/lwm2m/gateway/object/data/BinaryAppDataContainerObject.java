package org.lwm2m.gateway.object.data;

import java.nio.file.Path;
import java.util.Map;

import org.lwm2m.gateway.api.client.ClientConfiguration;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.object.ObjectProvider;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;

/**
 * LwM2M Binary App Data Container (19, version 1.0) of one client: opaque data (0) with its priority, creation time,
 * description, format and application id (1 to 5), in instances servers create and delete, kept across restarts, for applications that
 * exchange blobs with a server. Registered with the client's {@code endpoint} service property.
 */
@Component(service = ObjectProvider.class, configurationPid = ClientConfiguration.FACTORY_PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
public class BinaryAppDataContainerObject extends DataObjectProvider {

    /** Shared by the components of every client configuration, so the DDF is parsed once, not per client. */
    private static final ObjectModel MODEL = ObjectModel.standard(19, "1.0");

    @Activate
    public BinaryAppDataContainerObject(BundleContext context, Map<String, Object> properties) {
        this(fileFor(context, MODEL, properties));
    }

    /** @param file where the instances are kept, or null to keep nothing */
    BinaryAppDataContainerObject(Path file) {
        super(MODEL, file);
    }
}
