package org.lwm2m.gateway.object.device;

import static org.lwm2m.gateway.api.LwM2mIds.Device.AVAILABLE_POWER_SOURCES;
import static org.lwm2m.gateway.api.LwM2mIds.Device.BATTERY_LEVEL;
import static org.lwm2m.gateway.api.LwM2mIds.Device.BATTERY_STATUS;
import static org.lwm2m.gateway.api.LwM2mIds.Device.DEVICE_TYPE;
import static org.lwm2m.gateway.api.LwM2mIds.Device.ERROR_CODE;
import static org.lwm2m.gateway.api.LwM2mIds.Device.EXT_DEV_INFO;
import static org.lwm2m.gateway.api.LwM2mIds.Device.FACTORY_RESET;
import static org.lwm2m.gateway.api.LwM2mIds.Device.FIRMWARE_VERSION;
import static org.lwm2m.gateway.api.LwM2mIds.Device.HARDWARE_VERSION;
import static org.lwm2m.gateway.api.LwM2mIds.Device.MANUFACTURER;
import static org.lwm2m.gateway.api.LwM2mIds.Device.MEMORY_FREE;
import static org.lwm2m.gateway.api.LwM2mIds.Device.MEMORY_TOTAL;
import static org.lwm2m.gateway.api.LwM2mIds.Device.MODEL_NUMBER;
import static org.lwm2m.gateway.api.LwM2mIds.Device.POWER_SOURCE_CURRENT;
import static org.lwm2m.gateway.api.LwM2mIds.Device.POWER_SOURCE_VOLTAGE;
import static org.lwm2m.gateway.api.LwM2mIds.Device.REBOOT;
import static org.lwm2m.gateway.api.LwM2mIds.Device.RESET_ERROR_CODE;
import static org.lwm2m.gateway.api.LwM2mIds.Device.SERIAL_NUMBER;
import static org.lwm2m.gateway.api.LwM2mIds.Device.SOFTWARE_VERSION;
import static org.lwm2m.gateway.api.LwM2mIds.Device.SUPPORTED_BINDINGS;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;

import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.LwM2mIds;
import org.lwm2m.gateway.api.ResponseCode;
import org.lwm2m.gateway.api.client.RebootHandler;
import org.lwm2m.gateway.api.driver.DeviceInfo;
import org.lwm2m.gateway.api.model.ObjectModel;
import org.lwm2m.gateway.api.node.SingleResource;
import org.lwm2m.gateway.api.node.Value;
import org.lwm2m.gateway.api.object.BaseObjectProvider;
import org.lwm2m.gateway.api.object.ObjectProvider;
import org.lwm2m.gateway.api.object.ValueInstance;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The LwM2M Device object (3, version 1.2), shared by every client: instance 0 describes the gateway with what the
 * configuration sets, what the highest-ranked {@link DeviceInfo} driver tells of the host (identity, memory,
 * battery), the JVM for what neither gives, and the clock; every value can be set by applications. Reboot answers
 * at once and calls the highest-ranked {@link RebootHandler} a moment later.
 */
@Component(service = ObjectProvider.class, configurationPid = DeviceConfig.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = DeviceConfig.class)
public class DeviceObjectProvider extends BaseObjectProvider {

    /** Available Power Sources value of a gateway on mains: 0 = DC power. */
    static final long DC_POWER = 0;
    /** Available Power Sources value of a device on its own battery: 1 = Internal Battery. */
    static final long INTERNAL_BATTERY = 1;
    /** Battery Status value when the device has no battery: 5 = Not Installed. */
    static final long BATTERY_NOT_INSTALLED = 5;
    /** Battery Status value when the battery does not tell: 6 = Unknown. */
    static final long BATTERY_UNKNOWN = 6;
    /** The bindings the engine speaks: UDP. */
    static final String SUPPORTED_BINDING = "U";

    private static final Logger LOG = LoggerFactory.getLogger(DeviceObjectProvider.class);

    private final ValueInstance values;
    private final RebootScheduler rebootScheduler;
    private final AtomicReference<RebootHandler> rebootHandler = new AtomicReference<>();
    private final AtomicReference<DeviceInfo> deviceInfo = new AtomicReference<>(JvmDeviceInfo.INSTANCE);
    /** The configuration in force, null when there is none or it was refused. */
    private volatile DeviceConfig accepted;
    private volatile Duration rebootDelay;

    /**
     * Builds instance 0 from the host and the configuration. A refused configuration is one ERROR line, and the
     * object describes the host as if there were none.
     */
    @Activate
    public DeviceObjectProvider(DeviceConfig config) {
        this(config, new DeviceClock(Clock.systemUTC(), ZoneId.systemDefault()));
    }

    DeviceObjectProvider(DeviceConfig config, DeviceClock clock) {
        super(ObjectModel.standard(LwM2mIds.DEVICE, "1.2"));
        String refusal = refusal(config);
        if (refusal != null) {
            LOG.error(refusal + " The Device object starts without it.");
        }
        this.accepted = refusal == null ? config : null;
        this.rebootDelay = Duration.ofMillis(accepted == null ? DeviceConfig.DEFAULT_REBOOT_DELAY
                : accepted.rebootDelay());
        this.values = new ValueInstance(model(), 0, resourceId -> fireValueChanged(0, resourceId));
        applyIdentity();
        values.setAll(POWER_SOURCE_CURRENT, List.of(Value.of(0L)))
                .setAll(ERROR_CODE, List.of(Value.of(0L)))
                .set(SUPPORTED_BINDINGS, Value.of(SUPPORTED_BINDING))
                .set(SOFTWARE_VERSION, Value.of(softwareVersion()))
                .setAll(EXT_DEV_INFO, List.of())
                .bind(MEMORY_FREE, () -> Value.of(info().freeMemoryKilobytes()
                        .orElseGet(JvmDeviceInfo::freeHeapKilobytes)))
                .bind(MEMORY_TOTAL, () -> Value.of(info().totalMemoryKilobytes()
                        .orElseGet(JvmDeviceInfo::maxHeapKilobytes)))
                .bindAll(AVAILABLE_POWER_SOURCES, () -> List.of(Value.of(battery().isPresent() ? INTERNAL_BATTERY
                        : DC_POWER)))
                .bindAll(POWER_SOURCE_VOLTAGE, () -> List.of(Value.of(battery()
                        .flatMap(b -> b.millivolts().isPresent() ? Optional.of(b.millivolts().getAsLong())
                                : Optional.empty()).orElse(0L))))
                .bind(BATTERY_LEVEL, () -> Value.of(battery().map(DeviceInfo.Battery::levelPercent).orElse(0)))
                .bind(BATTERY_STATUS, () -> Value.of(battery().map(b -> batteryStatus(b.status()))
                        .orElse(BATTERY_NOT_INSTALLED)));
        values.onExecute(REBOOT, this::reboot)
                .onExecute(FACTORY_RESET, arguments -> LOG.warn(
                        "Factory Reset executed: this gateway has no factory reset handler, nothing was reset"))
                .onExecute(RESET_ERROR_CODE, arguments -> values.setAll(ERROR_CODE, List.of(Value.of(0L))));
        this.rebootScheduler = new RebootScheduler();
        putInstance(0, new DeviceInstance(model(), values, clock, resourceId -> fireValueChanged(0, resourceId)));
        LOG.info("Device object: manufacturer {}, model {}, serial number {}", text(MANUFACTURER),
                text(MODEL_NUMBER), text(SERIAL_NUMBER));
    }

    /**
     * Applies a changed configuration: the identity values it sets or clears, and the reboot delay. A refused one
     * is one ERROR line, and nothing changes.
     */
    @Modified
    void modified(DeviceConfig config) {
        String refusal = refusal(config);
        if (refusal != null) {
            LOG.error(refusal + " The Device object keeps its values.");
            return;
        }
        accepted = config;
        applyIdentity();
        rebootDelay = Duration.ofMillis(config.rebootDelay());
    }

    @Deactivate
    void deactivate() {
        rebootScheduler.close();
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindRebootHandler(RebootHandler handler) {
        rebootHandler.set(handler);
    }

    void unbindRebootHandler(RebootHandler handler) {
        rebootHandler.compareAndSet(handler, null);
    }

    /** Describes the host by what this driver tells; the identity it gives shows at once. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindDeviceInfo(DeviceInfo info) {
        deviceInfo.set(info);
        applyIdentity();
    }

    void unbindDeviceInfo(DeviceInfo info) {
        if (deviceInfo.compareAndSet(info, JvmDeviceInfo.INSTANCE)) {
            applyIdentity();
        }
    }

    private DeviceInfo info() {
        return deviceInfo.get();
    }

    private Optional<DeviceInfo.Battery> battery() {
        return info().battery();
    }

    /** Battery Status (20) of a battery's state: 0 to 4 in the enum's order, 6 unknown. */
    private static long batteryStatus(DeviceInfo.BatteryStatus status) {
        return status == DeviceInfo.BatteryStatus.UNKNOWN ? BATTERY_UNKNOWN : status.ordinal();
    }

    /**
     * The identity values the configuration sets, the driver's where it sets none, the JVM's where neither does.
     * Synchronized: a configuration change and a driver coming may apply it at once.
     */
    private synchronized void applyIdentity() {
        DeviceConfig config = accepted;
        boolean none = config == null;
        DeviceInfo host = info();
        values.set(MANUFACTURER, Value.of(configured(none ? null : config.manufacturer(), host.manufacturer()
                .orElse(JvmDeviceInfo.UNKNOWN))))
                .set(MODEL_NUMBER, Value.of(configured(none ? null : config.model(), host.model()
                        .orElse(JvmDeviceInfo.MODEL))))
                .set(SERIAL_NUMBER, Value.of(configured(none ? null : config.serial(), host.serialNumber()
                        .orElse(JvmDeviceInfo.UNKNOWN))))
                .set(DEVICE_TYPE, Value.of(configured(none ? null : config.deviceType(),
                        DeviceConfig.DEFAULT_DEVICE_TYPE)))
                .set(HARDWARE_VERSION, Value.of(configured(none ? null : config.hardwareVersion(),
                        host.hardwareVersion().orElseGet(JvmDeviceInfo.INSTANCE::architecture))))
                .set(FIRMWARE_VERSION, Value.of(host.firmwareVersion()
                        .orElseGet(JvmDeviceInfo.INSTANCE::operatingSystem)));
    }

    private String text(int resourceId) {
        return values.get(resourceId) instanceof SingleResource single ? single.value().toJava().toString() : "";
    }

    private void reboot(String arguments) throws LwM2mException {
        if (rebootHandler.get() == null) {
            throw new LwM2mException(ResponseCode.SERVICE_UNAVAILABLE, "no reboot handler is available");
        }
        Duration delay = rebootDelay;
        try {
            if (rebootScheduler.schedule(this::runRebootHandler, delay)) {
                LOG.info("Reboot executed: rebooting in {} ms", delay.toMillis());
            } else {
                LOG.info("Reboot executed while a reboot is already due");
            }
        } catch (RejectedExecutionException e) {
            throw new LwM2mException(ResponseCode.SERVICE_UNAVAILABLE, "the Device object is shutting down");
        }
    }

    private void runRebootHandler() {
        RebootHandler handler = rebootHandler.get();
        if (handler == null) {
            LOG.warn("Reboot skipped: the reboot handler went away");
            return;
        }
        handler.reboot();
    }

    /** Why a configuration is refused, in one line, or null when it is fine. */
    private static String refusal(DeviceConfig config) {
        return config.rebootDelay() < 0 ? "Device configuration " + DeviceConfig.PID + " refused: rebootDelay = "
                + config.rebootDelay() + ": must be 0 or more milliseconds." : null;
    }

    private static String configured(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    /** This bundle's version, which is the gateway's, and the Java runtime's. */
    private static String softwareVersion() {
        Bundle bundle = FrameworkUtil.getBundle(DeviceObjectProvider.class);
        String gateway = bundle == null ? "lwm2m-gateway" : "lwm2m-gateway " + bundle.getVersion();
        return gateway + " (Java " + Runtime.version() + ")";
    }
}
