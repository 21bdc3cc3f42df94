package org.lwm2m.gateway.demo.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.eclipse.leshan.core.model.ResourceModel.Type;
import org.eclipse.leshan.core.node.LwM2mMultipleResource;
import org.eclipse.leshan.core.node.LwM2mObjectInstance;
import org.eclipse.leshan.core.node.LwM2mSingleResource;
import org.junit.jupiter.api.Test;

class DeviceSummaryTest {

    @Test
    void readsManufacturerModelAndTimeAsText() {
        Instant time = Instant.parse("2026-11-24T18:00:00Z");
        LwM2mObjectInstance device = new LwM2mObjectInstance(0,
                LwM2mSingleResource.newStringResource(0, "ACME"),
                LwM2mSingleResource.newStringResource(1, "Gateway 1"),
                LwM2mSingleResource.newDateResource(13, Date.from(time)));

        DeviceSummary summary = DeviceSummary.of("gw", device);

        assertEquals("ACME", summary.manufacturer().orElseThrow());
        assertEquals("Gateway 1", summary.model().orElseThrow());
        assertEquals("2026-11-24T18:00:00Z", summary.currentTime().orElseThrow());
        assertEquals("manufacturer 'ACME', model 'Gateway 1', time 2026-11-24T18:00:00Z", summary.describe());
    }

    @Test
    void missingOrMultipleResourcesAreLeftOut() {
        LwM2mObjectInstance device = new LwM2mObjectInstance(0,
                LwM2mMultipleResource.newResource(0, Map.of(0, "not single"), Type.STRING));

        DeviceSummary summary = DeviceSummary.of("gw", device);

        assertTrue(summary.manufacturer().isEmpty());
        assertTrue(summary.model().isEmpty());
        assertEquals("manufacturer '-', model '-', time -", summary.describe());
    }
}
