package org.lwm2m.gateway.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.lwm2m.gateway.api.ContentFormats;
import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.ResponseCode;
import org.lwm2m.gateway.api.codec.LinkCodec;
import org.lwm2m.gateway.api.link.Link;
import org.lwm2m.gateway.api.link.LinkParam;
import org.lwm2m.gateway.api.model.ResourceModel;
import org.lwm2m.gateway.api.node.MultipleResource;
import org.lwm2m.gateway.api.object.ObjectProvider;
import org.lwm2m.gateway.api.object.Requester;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Discover operation (GET with Accept: application/link-format): lists the object (with its version when not
 * 1.0), its instances and the resources they have, a multiple resource with the number of its instances, and on
 * each the notification attributes the asking server wrote there.
 */
final class DiscoverOperation {

    private static final Logger LOG = LoggerFactory.getLogger(DiscoverOperation.class);

    private final RequestContext context;
    private final AttributeStore attributes;

    DiscoverOperation(RequestContext context, AttributeStore attributes) {
        this.context = context;
        this.attributes = attributes;
    }

    /** @throws LwM2mException 4.05 on a resource instance, 4.06 if no link-format codec is installed */
    CompletableFuture<Reply> discover(Target target) throws LwM2mException {
        LwM2mPath path = target.path();
        if (path.isResourceInstance()) {
            throw LwM2mException.notAllowed("Discover is not defined on a resource instance");
        }
        LinkCodec codec = context.codecs().linkCodec();
        if (codec == null) {
            throw new LwM2mException(ResponseCode.NOT_ACCEPTABLE, "no link-format codec is installed");
        }
        List<CompletableFuture<Link>> links = new ArrayList<>();
        ObjectProvider provider = target.provider();
        Requester requester = target.requester();
        if (path.isObject()) {
            links.add(CompletableFuture.completedFuture(RegistrationLinks.objectLink(target.model())));
            for (int instanceId : provider.instanceIds()) {
                addInstance(links, requester, provider, instanceId);
            }
        } else if (path.isObjectInstance()) {
            addInstance(links, requester, provider, path.instanceId());
        } else {
            links.add(resourceLink(requester, provider, target.resource(), path));
        }
        return CompletableFuture.allOf(links.toArray(CompletableFuture[]::new)).thenApply(done -> Reply
                .content(ContentFormats.LINK, codec.encode(links.stream().map(CompletableFuture::join)
                        .map(this::withAttributes).toList())));
    }

    /** The link with the attributes written on exactly its path appended. */
    private Link withAttributes(Link link) {
        List<LinkParam> written = attributes.at(LwM2mPath.parse(link.target())).linkParams();
        if (written.isEmpty()) {
            return link;
        }
        List<LinkParam> params = new ArrayList<>(link.params());
        params.addAll(written);
        return new Link(link.target(), params);
    }

    private void addInstance(List<CompletableFuture<Link>> links, Requester requester, ObjectProvider provider,
            int instanceId) {
        LwM2mPath instancePath = LwM2mPath.of(provider.model().id(), instanceId);
        links.add(CompletableFuture.completedFuture(Link.of(instancePath.toString())));
        for (int resourceId : provider.resourceIds(instanceId)) {
            ResourceModel model = provider.model().resource(resourceId);
            if (model != null) {
                links.add(resourceLink(requester, provider, model, instancePath.append(resourceId)));
            }
        }
    }

    /** A resource link; a multiple resource is read to count its instances, and listed without dim if that fails. */
    private CompletableFuture<Link> resourceLink(Requester requester, ObjectProvider provider, ResourceModel model,
            LwM2mPath path) {
        if (!model.multiple()) {
            return CompletableFuture.completedFuture(Link.of(path.toString()));
        }
        return NodeReader.resource(requester, provider, model, path).handle((node, failure) -> {
            if (failure != null) {
                LOG.debug("Discover lists {} without dim: {}", path, Stages.cause(failure).getMessage());
                return Link.of(path.toString());
            }
            int dim = ((MultipleResource) node).instances().size();
            return Link.of(path.toString(), LinkParam.token("dim", Integer.toString(dim)));
        });
    }
}
