package org.lwm2m.gateway.object.connectivity;

import java.util.List;

import org.lwm2m.gateway.api.driver.ConnectivityInfo;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.api.object.DriverObjectProvider;
import org.lwm2m.gateway.api.object.ObjectProvider;
import org.lwm2m.gateway.api.object.ValueInstance;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * LwM2M Connectivity Monitoring (4, version 1.3), shared by every client: instance 0 tells what the highest-ranked
 * {@link ConnectivityInfo} driver tells, read live: the bearer in use (0) and those available (1), the radio signal
 * strength (2; 0 for a link without a radio, since the resource is mandatory), the link quality (3, where the driver
 * gives one), the host's addresses (4) and its routers (5). Without a driver the object has no instance.
 */
@Component(service = ObjectProvider.class)
public class ConnectivityMonitoringObject extends DriverObjectProvider<ConnectivityInfo> {

    static final int NETWORK_BEARER = 0;
    static final int AVAILABLE_BEARERS = 1;
    static final int SIGNAL_STRENGTH = 2;
    static final int LINK_QUALITY = 3;
    static final int IP_ADDRESSES = 4;
    static final int ROUTER_ADDRESSES = 5;

    private static final ObjectModel MODEL = ObjectModel.load(ConnectivityMonitoringObject.class, "/ddf/4-1_3.xml");

    public ConnectivityMonitoringObject() {
        super(MODEL);
    }

    /** The highest-ranked driver describes the host's connectivity; its instance shows at once. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void bindConnectivityInfo(ConnectivityInfo driver) {
        follow(driver);
    }

    public void unbindConnectivityInfo(ConnectivityInfo driver) {
        unfollow(driver);
    }

    @Override
    protected ValueInstance instanceFor(ConnectivityInfo driver) {
        ValueInstance instance = new ValueInstance(model(), 0, resourceId -> fireValueChanged(0, resourceId))
                .bind(NETWORK_BEARER, () -> Value.of(driver.networkBearer()))
                .bindAll(AVAILABLE_BEARERS, () -> driver.availableBearers().stream().map(b -> Value.of((long) b))
                        .toList())
                .bind(SIGNAL_STRENGTH, () -> Value.of(driver.signalStrength().orElse(0)))
                .bindAll(IP_ADDRESSES, () -> strings(driver.ipAddresses()))
                .bindAll(ROUTER_ADDRESSES, () -> strings(driver.routerAddresses()));
        if (driver.linkQuality().isPresent()) {
            instance.bind(LINK_QUALITY, () -> Value.of(driver.linkQuality().orElse(0)));
        }
        return instance;
    }

    private static List<Value> strings(List<String> texts) {
        return texts.stream().map(Value::of).toList();
    }
}
