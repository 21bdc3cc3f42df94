package org.lwm2m.gateway.demo.server;

import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

import org.eclipse.leshan.core.link.Link;
import org.eclipse.leshan.core.observation.Observation;
import org.eclipse.leshan.server.registration.Registration;
import org.eclipse.leshan.server.registration.RegistrationListener;
import org.eclipse.leshan.server.registration.RegistrationUpdate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs what the demo server sees of its clients, and starts the demo round trip when one registers. */
final class RegistrationReporter implements RegistrationListener {

    private static final Logger LOG = LoggerFactory.getLogger(RegistrationReporter.class);

    private final DeviceReadback readback;

    RegistrationReporter(DeviceReadback readback) {
        this.readback = readback;
    }

    @Override
    public void registered(Registration registration, Registration previous,
            Collection<Observation> previousObservations) {
        LOG.info("Demo server: {} registered (LwM2M {}, lifetime {} s, binding {}, objects {})",
                registration.getEndpoint(), registration.getLwM2mVersion(), registration.getLifeTimeInSec(),
                registration.getBindingMode(), objects(registration));
        readback.read(registration);
    }

    @Override
    public void updated(RegistrationUpdate update, Registration updated, Registration previous) {
        LOG.info("Demo server: {} updated its registration (lifetime {} s, objects {})", updated.getEndpoint(),
                updated.getLifeTimeInSec(), objects(updated));
    }

    @Override
    public void unregistered(Registration registration, Collection<Observation> observations, boolean expired,
            Registration newRegistration) {
        if (expired) {
            LOG.info("Demo server: the registration of {} expired", registration.getEndpoint());
        } else if (newRegistration == null) {
            LOG.info("Demo server: {} deregistered", registration.getEndpoint());
        }
    }

    /** The object links of a registration without the root link, e.g. {@code </1/0>,</3/0>}. */
    static String objects(Registration registration) {
        return Arrays.stream(registration.getSortedObjectLinks())
                .filter(link -> !"/".equals(link.getUriReference()))
                .map(Link::toCoreLinkFormat)
                .collect(Collectors.joining(","));
    }
}
