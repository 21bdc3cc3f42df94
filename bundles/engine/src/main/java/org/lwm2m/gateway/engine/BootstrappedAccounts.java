package org.lwm2m.gateway.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.LwM2mIds;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.model.ResourceModel;
import org.lwm2m.gateway.api.node.ResourceNode;
import org.lwm2m.gateway.api.object.InstanceLines;
import org.lwm2m.gateway.api.object.ObjectProvider;
import org.lwm2m.gateway.api.object.Requester;
import org.lwm2m.gateway.api.object.WriteMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Security and Server instances a bootstrap server wrote, kept in one file so that a restarted client
 * registers with its servers without asking the bootstrap server again (which may be gone). Saved at
 * Bootstrap-Finish, after the accounts were found to hold together, by writing a new file and moving it over the
 * old one in one step: a crash leaves the old accounts or the new ones, never half of them. The file holds the
 * accounts' keys, so only its owner may read it. One line per value:
 * {@code /0/1/0 Y29hcDovL2RtLmV4YW1wbGU=} (strings and opaque values in base64, numbers in decimal).
 */
final class BootstrappedAccounts {

    private static final Logger LOG = LoggerFactory.getLogger(BootstrappedAccounts.class);
    private static final int[] OBJECTS = {LwM2mIds.SECURITY, LwM2mIds.SERVER, LwM2mIds.ACCESS_CONTROL};

    /** No file: a client whose bootstrap is not kept (in tests without a data area). */
    static final BootstrappedAccounts NONE = new BootstrappedAccounts(null, Duration.ZERO);

    private final Path file;
    private final Duration bound;

    /** @param file where the accounts are kept, or null to keep none */
    BootstrappedAccounts(Path file, Duration bound) {
        this.file = file;
        this.bound = bound;
    }

    /** Keeps every Security, Server and Access Control instance of the client as it is now. */
    void save(ClientObjects objects) {
        if (file == null) {
            return;
        }
        StringBuilder text = new StringBuilder();
        try {
            for (int objectId : OBJECTS) {
                ObjectProvider provider = objects.provider(objectId);
                if (provider != null) {
                    for (int instance : provider.instanceIds()) {
                        for (int resource : provider.resourceIds(instance)) {
                            append(text, provider, instance, resource);
                        }
                    }
                }
            }
            InstanceLines.writeAtomically(file, text.toString());
            LOG.info("Accounts from the bootstrap server kept in {}", file);
        } catch (IOException | LwM2mException e) {
            LOG.warn("Cannot keep the accounts from the bootstrap server in {}: {}; a restart bootstraps again", file,
                    e.getMessage());
        }
    }

    private void append(StringBuilder text, ObjectProvider provider, int instance, int resource)
            throws LwM2mException {
        ResourceModel model = provider.model().resource(resource);
        if (model == null || model.operations().isExecutable()) {
            return;
        }
        ResourceNode node = ProviderWait.await(provider.read(Requester.SYSTEM, instance, resource), bound);
        InstanceLines.append(text, LwM2mPath.of(provider.model().id(), instance, resource), node);
    }

    /** Whether accounts are kept but the Security or the Server object they go into is not there yet. */
    boolean waitingForObjects(ClientObjects objects) {
        return file != null && Files.isRegularFile(file)
                && (objects.provider(LwM2mIds.SECURITY) == null || objects.provider(LwM2mIds.SERVER) == null);
    }

    /**
     * Writes the kept accounts back into the Security and Server objects (as the bootstrap server would), if there
     * are any and both objects are there; and the kept Access Control instances, where the client has the object.
     *
     * @return whether accounts were restored
     */
    boolean restore(ClientObjects objects) {
        if (file == null || !Files.isRegularFile(file)) {
            return false;
        }
        ObjectProvider security = objects.provider(LwM2mIds.SECURITY);
        ObjectProvider server = objects.provider(LwM2mIds.SERVER);
        if (security == null || server == null) {
            return false;
        }
        Map<Integer, ObjectModel> models = new HashMap<>();
        for (int objectId : OBJECTS) {
            ObjectProvider provider = objects.provider(objectId);
            if (provider != null) {
                models.put(objectId, provider.model());
            }
        }
        try {
            Map<LwM2mPath, List<ResourceNode>> instances = InstanceLines.parse(
                    Files.readAllLines(file, StandardCharsets.UTF_8), models);
            for (Map.Entry<LwM2mPath, List<ResourceNode>> e : instances.entrySet()) {
                ObjectProvider provider = objects.provider(e.getKey().objectId());
                int id = e.getKey().instanceId();
                if (provider.instanceIds().contains(id)) {
                    ProviderWait.await(provider.write(Requester.BOOTSTRAP_SERVER, id, e.getValue(), WriteMode.REPLACE),
                            bound);
                } else {
                    ProviderWait.await(provider.create(Requester.BOOTSTRAP_SERVER, id, e.getValue()), bound);
                }
            }
            LOG.info("Accounts from the bootstrap server restored from {}", file);
            return !instances.isEmpty();
        } catch (IOException | LwM2mException | IllegalArgumentException e) {
            LOG.warn("Cannot restore the accounts from the bootstrap server kept in {}: {}; bootstrapping again",
                    file, e.getMessage());
            return false;
        }
    }

    /** Where a client keeps its bootstrapped accounts, under the engine's data area. */
    static Optional<Path> fileFor(Path dataArea, String endpointName) {
        if (dataArea == null) {
            return Optional.empty();
        }
        String safe = endpointName.replaceAll("[^A-Za-z0-9._-]", "_");
        return Optional.of(dataArea.resolve("bootstrap").resolve(safe + ".accounts"));
    }
}
