package org.lwm2m.gateway.engine;

import java.util.ArrayList;
import java.util.List;

import org.lwm2m.gateway.api.ContentFormats;
import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.LwM2mPath;
import org.lwm2m.gateway.api.ResponseCode;
import org.lwm2m.gateway.api.codec.CodecException;
import org.lwm2m.gateway.api.codec.NodeCodec;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.node.LwM2mNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks the codec for a response (from the Accept option, or the default for the target) and for a request
 * payload (from its Content-Format), among the codecs installed for one client.
 */
final class ContentNegotiation {

    private static final Logger LOG = LoggerFactory.getLogger(ContentNegotiation.class);

    /**
     * The default formats for more than one value, best first: SenML where it is installed (a 1.1 client SHOULD NOT
     * answer in the legacy TLV when it has SenML, Core 1.1 §7.4), TLV otherwise.
     */
    private static final List<Integer> MULTIPLE_VALUE_DEFAULTS = List.of(ContentFormats.SENML_CBOR,
            ContentFormats.SENML_JSON, ContentFormats.TLV);

    /** A codec chosen for one message, with the content-format number to put on the wire. */
    record Choice(int format, NodeCodec codec) {

        /**
         * Decodes a request payload addressed to {@code path}.
         *
         * @throws LwM2mException 4.00 with the codec's diagnostic if the payload is malformed or mistyped
         */
        LwM2mNode decode(LwM2mPath path, byte[] payload, ObjectModel model) throws LwM2mException {
            try {
                LwM2mNode node = codec.decode(path, payload, model);
                if (node == null) {
                    throw LwM2mException.badRequest("empty payload for " + path);
                }
                return node;
            } catch (CodecException e) {
                throw new LwM2mException(ResponseCode.BAD_REQUEST, e.getMessage(), e);
            } catch (RuntimeException e) {
                LOG.warn("Codec {} failed on a payload for {} instead of reporting a codec error", format, path, e);
                throw new LwM2mException(ResponseCode.BAD_REQUEST, "malformed payload for " + path, e);
            }
        }
    }

    private final RequestContext context;

    ContentNegotiation(RequestContext context) {
        this.context = context;
    }

    /**
     * The codec of the response to a Read. With an Accept option only that format will do; without one, plain
     * text for a single value, SenML CBOR, SenML JSON or TLV for anything else, whichever is installed first, then
     * any installed format that can carry the target.
     *
     * @param accept the Accept option, or {@link Reply#NO_FORMAT}
     * @throws LwM2mException 4.06 if no installed codec can produce an acceptable representation
     */
    Choice forResponse(Target target, int accept) throws LwM2mException {
        if (accept != Reply.NO_FORMAT) {
            Choice choice = usable(target, accept);
            if (choice == null) {
                throw new LwM2mException(ResponseCode.NOT_ACCEPTABLE,
                        "cannot represent " + target.path() + " as content format " + accept);
            }
            return choice;
        }
        List<Integer> candidates = new ArrayList<>();
        if (target.isSingleValue()) {
            candidates.add(ContentFormats.TEXT);
        } else {
            candidates.addAll(MULTIPLE_VALUE_DEFAULTS);
        }
        candidates.addAll(context.codecs().nodeFormats());
        for (int format : candidates) {
            Choice choice = usable(target, format);
            if (choice != null) {
                return choice;
            }
        }
        throw new LwM2mException(ResponseCode.NOT_ACCEPTABLE,
                "no installed content format can represent " + target.path());
    }

    /**
     * The codec that reads a request payload addressed to {@code target}.
     *
     * @throws LwM2mException 4.15 if the format has no codec or the codec cannot carry that target
     */
    Choice forPayload(Target target, int contentFormat) throws LwM2mException {
        Choice choice = usable(target, contentFormat);
        if (choice == null) {
            throw new LwM2mException(ResponseCode.UNSUPPORTED_CONTENT_FORMAT,
                    "content format " + contentFormat + " is not supported for " + target.path());
        }
        return choice;
    }

    private Choice usable(Target target, int format) {
        NodeCodec codec = context.codecs().nodeCodec(format);
        return codec != null && codec.supports(target.path(), target.model()) ? new Choice(format, codec) : null;
    }
}
