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
 * LwM2M Portfolio (16, version 1.0) of one client: identities (0) and the authentication data (2, 3) a server keeps
 * on the device, in instances servers create and delete, kept across restarts. The OMA conformance tests use it for Create, Delete and
 * multiple resources. Registered with the client's {@code endpoint} service property.
 */
@Component(service = ObjectProvider.class, configurationPid = ClientConfiguration.FACTORY_PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
public class PortfolioObject extends DataObjectProvider {

    /** Shared by the components of every client configuration, so the DDF is parsed once, not per client. */
    private static final ObjectModel MODEL = ObjectModel.load(PortfolioObject.class, "/ddf/16-1_0.xml");

    @Activate
    public PortfolioObject(BundleContext context, Map<String, Object> properties) {
        this(fileFor(context, MODEL, properties));
    }

    /** @param file where the instances are kept, or null to keep nothing */
    PortfolioObject(Path file) {
        super(MODEL, file);
    }
}
