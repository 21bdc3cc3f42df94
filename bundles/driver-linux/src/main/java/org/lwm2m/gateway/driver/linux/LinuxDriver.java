package org.lwm2m.gateway.driver.linux;

import java.nio.file.Path;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.lwm2m.gateway.api.driver.BaseSensor;
import org.lwm2m.gateway.api.driver.Sensor;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The host's thermal zones and power supplies as {@link Sensor} services, found in sysfs and looked for again
 * every scan period, so a zone or supply that appears becomes a sensor and one that vanishes goes away. On a host
 * that has none (a container), it registers nothing and says so once.
 */
@Designate(ocd = LinuxDriverConfig.class)
@Component(service = {}, configurationPid = LinuxDriverConfig.PID)
public class LinuxDriver {

    private static final Logger LOG = LoggerFactory.getLogger(LinuxDriver.class);

    private final BundleContext context;
    private final Path sysfs;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "lwm2m-linux-driver");
        thread.setDaemon(true);
        return thread;
    });
    /** Guarded by the timer's one thread, which alone scans and samples. */
    private final Map<String, Registered> registered = new HashMap<>();
    private boolean saidNone;

    /** A channel's sensor and its service. */
    private record Registered(ChannelSensor sensor, ServiceRegistration<Sensor> registration) {
    }

    @Activate
    public LinuxDriver(BundleContext context, LinuxDriverConfig config) {
        this.context = context;
        this.sysfs = Path.of(config.sysfs());
        timer.execute(this::scan);
        timer.scheduleWithFixedDelay(this::scan, config.scanPeriod(), config.scanPeriod(), TimeUnit.SECONDS);
        timer.scheduleWithFixedDelay(this::sample, config.samplePeriod(), config.samplePeriod(), TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        timer.shutdownNow();
        timer.awaitTermination(5, TimeUnit.SECONDS);
        registered.values().forEach(r -> r.registration().unregister());
        registered.clear();
    }

    /** Registers the channels that appeared and unregisters those that went. */
    void scan() {
        List<SysfsChannel> found = SysfsScan.channels(sysfs);
        Set<String> names = new HashSet<>();
        for (SysfsChannel channel : found) {
            names.add(channel.name());
            if (!registered.containsKey(channel.name())) {
                register(channel);
            }
        }
        registered.keySet().removeIf(name -> {
            if (names.contains(name)) {
                return false;
            }
            registered.get(name).registration().unregister();
            LOG.info("Sensor {} is gone", name);
            return true;
        });
        if (found.isEmpty() && !saidNone) {
            LOG.info("No thermal zone or power supply under {}: the Linux driver registers no sensor", sysfs);
        }
        saidNone = found.isEmpty();
    }

    private void register(SysfsChannel channel) {
        ChannelSensor sensor = new ChannelSensor(channel);
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(Sensor.QUANTITY, channel.quantity());
        properties.put(Sensor.NAME, channel.name());
        registered.put(channel.name(), new Registered(sensor, context.registerService(Sensor.class, sensor,
                properties)));
        LOG.info("Sensor {} ({}) found: {} {}", channel.name(), channel.quantity(), sensor.value(), channel.unit());
    }

    private void sample() {
        registered.values().forEach(r -> r.sensor().sample());
    }

    /** A sysfs channel as a sensor: the latest reading, rounded as the kernel's unit allows. */
    static final class ChannelSensor extends BaseSensor {

        private final SysfsChannel channel;

        ChannelSensor(SysfsChannel channel) {
            super(channel.read().orElse(Double.NaN));
            this.channel = channel;
        }

        /** Reads the file again; a file that cannot be read keeps the last value until the next scan decides. */
        void sample() {
            channel.read().ifPresent(this::report);
        }

        @Override
        public String unit() {
            return channel.unit();
        }

        @Override
        public double minRange() {
            return Double.NaN;
        }

        @Override
        public double maxRange() {
            return Double.NaN;
        }
    }
}
