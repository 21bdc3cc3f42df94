package org.lwm2m.gateway.object.accesscontrol;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongPredicate;

import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.LwM2mIds;
import org.lwm2m.gateway.api.client.AccessRule;
import org.lwm2m.gateway.api.client.ClientConfiguration;
import org.lwm2m.gateway.api.client.ClientSettings;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.model.ResourceType;
import org.lwm2m.gateway.api.node.MultipleResource;
import org.lwm2m.gateway.api.node.ResourceNode;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.api.object.BootstrapManagedProvider;
import org.lwm2m.gateway.api.object.ObjectProvider;
import org.lwm2m.gateway.api.object.Requester;
import org.lwm2m.gateway.api.object.ValueInstance;
import org.lwm2m.gateway.api.object.WriteMode;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The LwM2M Access Control object (2, version 1.0) of one client: which server may do what on which object instance.
 * Each instance names an object instance (0 and 1; instance 65535 stands for the object, for the right to create),
 * the rights of each server by short server id (2; id 0 holds the default rights; bits 1 read, 2 write, 4 execute,
 * 8 delete, 16 create) and its owner (3), the one server that may manage it (65535: only the bootstrap server). The
 * bootstrap server writes them (or the client configuration gives them, {@link AccessRule}); the engine adds one for
 * each instance a server creates. Registered with the client's
 * {@code endpoint} service property; the engine enforces the rights once the client has several servers.
 */
@Component(service = ObjectProvider.class, configurationPid = ClientConfiguration.FACTORY_PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
public class AccessControlObjectProvider extends BootstrapManagedProvider {

    static final int OBJECT_ID = 0;
    static final int INSTANCE_ID = 1;
    static final int ACL = 2;
    static final int OWNER = 3;

    /** Shared by the components of every client configuration, so the DDF is parsed once, not per client. */
    private static final ObjectModel MODEL = ObjectModel.standard(LwM2mIds.ACCESS_CONTROL, "1.0");
    private static final Logger LOG = LoggerFactory.getLogger(AccessControlObjectProvider.class);
    private static final long MAX_ID = 65535;
    /** Every right there is: read, write, execute, delete, create. */
    private static final long ALL_RIGHTS = 31;

    /**
     * Builds the instances the client configuration gives ({@link ClientConfiguration#ACCESS_CONTROL}). A
     * configuration that {@link ClientSettings} refuses builds none: the client engine reports it, once.
     */
    @Activate
    public AccessControlObjectProvider(Map<String, Object> properties) {
        super(MODEL);
        try {
            List<AccessRule> rules = ClientSettings.of(properties).accessControl();
            for (int id = 0; id < rules.size(); id++) {
                putInstance(id, instance(id, rules.get(id)));
            }
            if (!rules.isEmpty()) {
                LOG.info("Access Control object for endpoint {}: {} instance(s) from the configuration",
                        properties.get(ClientConfiguration.ENDPOINT), rules.size());
            }
        } catch (IllegalArgumentException e) {
            LOG.debug("No Access Control instances from a refused configuration: {}", e.getMessage());
        }
    }

    private ValueInstance instance(int id, AccessRule rule) {
        TreeMap<Integer, Value> rights = new TreeMap<>();
        rule.rights().forEach((server, bits) -> rights.put(server, Value.of((long) bits)));
        ValueInstance instance = emptyInstance(id).set(OBJECT_ID, Value.of((long) rule.objectId()))
                .set(INSTANCE_ID, Value.of((long) rule.instanceId())).set(OWNER, Value.of((long) rule.owner()));
        instance.write(new MultipleResource(ACL, ResourceType.INTEGER, rights), WriteMode.REPLACE);
        return instance;
    }

    /** The bootstrap server provisions access control; the engine adds an instance for what a server creates. */
    @Override
    protected boolean mayManage(Requester requester) {
        return requester.equals(Requester.BOOTSTRAP_SERVER) || requester.equals(Requester.SYSTEM);
    }

    @Override
    protected ValueInstance emptyInstance(int instanceId) {
        return new ValueInstance(model(), instanceId, resourceId -> fireValueChanged(instanceId, resourceId))
                .onWrite(OBJECT_ID, node -> checkInteger(node, "object id", id -> id >= 1 && id <= MAX_ID - 1))
                .onWrite(INSTANCE_ID, node -> checkInteger(node, "object instance id", id -> id >= 0 && id <= MAX_ID))
                .onWrite(OWNER, node -> checkInteger(node, "owner", id -> id >= 0 && id <= MAX_ID))
                .onWrite(ACL, AccessControlObjectProvider::checkAcl);
    }

    private static void checkInteger(ResourceNode node, String name, LongPredicate valid) throws LwM2mException {
        if (!(node instanceof SingleResource single && single.value() instanceof Value.Int i && valid.test(i.value()))) {
            throw LwM2mException.badRequest("the " + name + " of an access control instance is out of range");
        }
    }

    /** Rights per short server id (0 the default), each a combination of the five rights. */
    private static void checkAcl(ResourceNode node) throws LwM2mException {
        if (!(node instanceof MultipleResource acl)) {
            throw LwM2mException.badRequest("the ACL is a multiple resource");
        }
        for (Map.Entry<Integer, Value> entry : acl.instances().entrySet()) {
            if (!(entry.getValue() instanceof Value.Int rights) || rights.value() < 0
                    || rights.value() > ALL_RIGHTS) {
                throw LwM2mException.badRequest("the rights of ACL entry " + entry.getKey() + " are not 0 to 31");
            }
        }
    }
}
