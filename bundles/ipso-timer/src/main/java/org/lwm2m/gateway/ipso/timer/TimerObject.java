package org.lwm2m.gateway.ipso.timer;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.node.ResourceNode;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.api.object.BaseObjectProvider;
import org.lwm2m.gateway.api.object.ObjectInstance;
import org.lwm2m.gateway.api.object.ObjectProvider;
import org.lwm2m.gateway.api.object.ValueInstance;
import org.lwm2m.gateway.api.object.WriteMode;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * IPSO Timer (3340), a timer that runs for real: Trigger (5523) starts it, Digital State (5543) is on while it runs,
 * Remaining Time (5538) counts down the Delay Duration (5521), and Counter (5534) counts its expirations. Timer Mode
 * (5526) 1 is one-shot, 2 repeats until switched off (On/Off, 5850, false), 0 ignores triggers; Cumulative Time
 * (5544) is how long the state has been on, and a write of 0 starts it again. Instance 0 is there from the start;
 * servers create and delete more. One scheduler thread serves every timer and ends with the component.
 */
@Component(service = ObjectProvider.class)
public class TimerObject extends BaseObjectProvider {

    static final int DELAY = 5521;
    static final int TRIGGER = 5523;
    static final int COUNTER = 5534;
    static final int MODE = 5526;
    static final int REMAINING = 5538;
    static final int STATE = 5543;
    static final int CUMULATIVE = 5544;
    static final int ON_OFF = 5850;

    static final long MODE_OFF = 0;
    static final long MODE_ONE_SHOT = 1;
    static final long MODE_INTERVAL = 2;

    private static final double DEFAULT_DELAY_SECONDS = 10;

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "lwm2m-ipso-timer");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public TimerObject() {
        super(ObjectModel.load(TimerObject.class, "/ddf/3340-1_0.xml"));
        putInstance(0, new Timer(0));
    }

    @Deactivate
    void deactivate() {
        scheduler.shutdownNow();
    }

    @Override
    protected ObjectInstance newInstance(int instanceId, List<ResourceNode> resources) throws LwM2mException {
        Timer timer = new Timer(instanceId);
        for (ResourceNode resource : resources) {
            timer.check(resource, WriteMode.REPLACE);
        }
        resources.forEach(resource -> timer.write(resource, WriteMode.REPLACE));
        return timer;
    }

    @Override
    protected boolean canDelete(int instanceId) {
        return true;
    }

    /** One timer: its settings as values, its run as a scheduled expiry. */
    private final class Timer extends ValueInstance {

        // guarded by this
        private ScheduledFuture<?> expiry;
        private long deadline;
        private long onSince;
        private long cumulativeNanos;
        private long expirations;

        Timer(int id) {
            super(model(), id, resourceId -> fireValueChanged(id, resourceId));
            set(DELAY, Value.of(DEFAULT_DELAY_SECONDS));
            set(MODE, Value.of(MODE_ONE_SHOT));
            set(ON_OFF, Value.of(true));
            set(COUNTER, Value.of(0L));
            set(STATE, Value.of(false));
            bind(REMAINING, () -> Value.of(remainingSeconds()));
            bind(CUMULATIVE, () -> Value.of(cumulativeSeconds()));
            onWrite(DELAY, Timer::checkDelay);
            onWrite(MODE, Timer::checkMode);
            onWrite(CUMULATIVE, Timer::checkRestart);
            onExecute(TRIGGER, arguments -> trigger());
        }

        private static void checkDelay(ResourceNode node) throws LwM2mException {
            if (!(node instanceof SingleResource single && single.value() instanceof Value.Float seconds
                    && seconds.value() > 0 && seconds.value() <= Integer.MAX_VALUE)) {
                throw LwM2mException.badRequest("the delay duration is a positive number of seconds");
            }
        }

        private static void checkMode(ResourceNode node) throws LwM2mException {
            if (!(node instanceof SingleResource single && single.value() instanceof Value.Int mode
                    && mode.value() >= MODE_OFF && mode.value() <= MODE_INTERVAL)) {
                throw LwM2mException.badRequest("timer mode 0 (off), 1 (one-shot) or 2 (interval)");
            }
        }

        private static void checkRestart(ResourceNode node) throws LwM2mException {
            if (!(node instanceof SingleResource single && single.value() instanceof Value.Float seconds
                    && seconds.value() == 0)) {
                throw LwM2mException.badRequest("Cumulative Time takes 0, which starts it again");
            }
        }

        /** Cumulative Time restarts on a write of 0; On/Off false stops a running timer. */
        @Override
        public void write(ResourceNode resource, WriteMode mode) {
            if (resource.id() == CUMULATIVE) {
                synchronized (this) {
                    cumulativeNanos = 0;
                    onSince = System.nanoTime();
                }
                return;
            }
            super.write(resource, mode);
            if (resource.id() == ON_OFF && !enabled()) {
                stop();
            }
        }

        private synchronized void trigger() throws LwM2mException {
            if (!enabled() || mode() == MODE_OFF) {
                throw LwM2mException.notAllowed("the timer is off");
            }
            if (expiry != null) {
                expiry.cancel(false);
            } else {
                onSince = System.nanoTime();
                set(STATE, Value.of(true));
            }
            schedule();
        }

        private synchronized void schedule() {
            long nanos = Math.round(delaySeconds() * 1e9);
            deadline = System.nanoTime() + nanos;
            expiry = scheduler.schedule(this::expire, nanos, TimeUnit.NANOSECONDS);
        }

        private synchronized void expire() {
            if (instance(id()) != this) {
                // deleted while running: it stops here
                stop();
                return;
            }
            expirations++;
            set(COUNTER, Value.of(expirations));
            if (mode() == MODE_INTERVAL && enabled()) {
                schedule();
            } else {
                stop();
            }
        }

        private synchronized void stop() {
            if (expiry != null) {
                expiry.cancel(false);
                expiry = null;
                cumulativeNanos += System.nanoTime() - onSince;
                set(STATE, Value.of(false));
            }
        }

        private synchronized double remainingSeconds() {
            return expiry == null ? 0 : Math.max(0, deadline - System.nanoTime()) / 1e9;
        }

        private synchronized double cumulativeSeconds() {
            long running = expiry == null ? 0 : System.nanoTime() - onSince;
            return (cumulativeNanos + running) / 1e9;
        }

        private boolean enabled() {
            return get(ON_OFF) instanceof SingleResource s && s.value() instanceof Value.Bool on && on.value();
        }

        private long mode() {
            return get(MODE) instanceof SingleResource s && s.value() instanceof Value.Int m ? m.value() : MODE_OFF;
        }

        private double delaySeconds() {
            return get(DELAY) instanceof SingleResource s && s.value() instanceof Value.Float d ? d.value()
                    : DEFAULT_DELAY_SECONDS;
        }
    }
}
