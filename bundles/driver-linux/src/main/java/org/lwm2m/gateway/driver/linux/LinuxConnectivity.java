package org.lwm2m.gateway.driver.linux;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.lwm2m.gateway.api.driver.ConnectivityInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The host's connectivity as {@link ConnectivityInfo}: its network interfaces that are up (containers' and bridges'
 * virtual ones left out), the one the default route leaves through (/proc/net/route) as the link in use, its
 * router, and for a WLAN the signal level and link quality of /proc/net/wireless. A bearer is told by the
 * interface's name: wl* is a WLAN, ww* a cellular modem (taken as LTE), anything else Ethernet. Sampled at most once
 * per {@link #SAMPLE_PERIOD}.
 */
@Component(service = ConnectivityInfo.class, configurationPid = LinuxDriverConfig.PID)
public class LinuxConnectivity implements ConnectivityInfo {

    static final Duration SAMPLE_PERIOD = Duration.ofSeconds(1);

    /** A network interface that is up, with its addresses. */
    record Link(String name, List<String> addresses) {
    }

    private record Sample(int bearer, List<Integer> bearers, OptionalInt signal, OptionalInt quality,
            List<String> addresses, List<String> routers) {
    }

    private static final List<String> VIRTUAL = List.of("lo", "docker", "veth", "br-", "virbr", "cni", "flannel");

    private final SystemFiles files;
    private final Supplier<List<Link>> links;
    private final Sampled<Sample> sample;

    @Activate
    public LinuxConnectivity(LinuxDriverConfig config) {
        this(new SystemFiles(Path.of(config.sysfs()), Path.of(config.procfs())), LinuxConnectivity::hostLinks,
                System::nanoTime);
    }

    /**
     * @param links    the interfaces that are up now
     * @param nanoTime the clock a sample's age is measured with
     */
    LinuxConnectivity(SystemFiles files, Supplier<List<Link>> links, LongSupplier nanoTime) {
        this.files = files;
        this.links = links;
        this.sample = new Sampled<>(SAMPLE_PERIOD, nanoTime, this::take);
    }

    @Override
    public int networkBearer() {
        return sample.get().bearer();
    }

    @Override
    public List<Integer> availableBearers() {
        return sample.get().bearers();
    }

    @Override
    public OptionalInt signalStrength() {
        return sample.get().signal();
    }

    @Override
    public OptionalInt linkQuality() {
        return sample.get().quality();
    }

    @Override
    public List<String> ipAddresses() {
        return sample.get().addresses();
    }

    @Override
    public List<String> routerAddresses() {
        return sample.get().routers();
    }

    private Sample take() {
        List<Link> up = links.get().stream().filter(link -> !isVirtual(link.name())).toList();
        Optional<String[]> route = defaultRoute();
        String inUse = route.map(r -> r[0]).or(() -> up.stream().findFirst().map(Link::name)).orElse("");
        List<Link> ordered = new ArrayList<>(up);
        ordered.sort((a, b) -> Boolean.compare(!a.name().equals(inUse), !b.name().equals(inUse)));
        Set<Integer> bearers = new LinkedHashSet<>();
        ordered.forEach(link -> bearers.add(bearerOf(link.name())));
        int bearer = bearerOf(inUse);
        bearers.add(bearer);
        List<String> addresses = ordered.stream().flatMap(link -> link.addresses().stream()).toList();
        List<String> routers = route.map(r -> List.of(r[1])).orElse(List.of());
        OptionalInt signal = OptionalInt.empty();
        OptionalInt quality = OptionalInt.empty();
        Optional<String[]> wireless = bearer == BEARER_WLAN ? wireless(inUse) : Optional.empty();
        if (wireless.isPresent()) {
            quality = number(wireless.get()[2]);
            signal = number(wireless.get()[3]);
        }
        return new Sample(bearer, List.copyOf(bearers), signal, quality, addresses, routers);
    }

    private static boolean isVirtual(String name) {
        return VIRTUAL.stream().anyMatch(name::startsWith);
    }

    static int bearerOf(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith("wl")) {
            return BEARER_WLAN;
        }
        if (lower.startsWith("ww")) {
            return BEARER_LTE_FDD;
        }
        return BEARER_ETHERNET;
    }

    /** The interface and the gateway address of the default route, if the host has one. */
    private Optional<String[]> defaultRoute() {
        return files.proc("net/route").flatMap(text -> text.lines().skip(1)
                .map(line -> line.trim().split("\\s+"))
                .filter(fields -> fields.length > 2 && fields[1].equals("00000000"))
                .findFirst()
                .map(fields -> new String[] { fields[0], ipv4(fields[2]) }));
    }

    /** An IPv4 address as /proc/net/route writes it: eight hex digits, least significant byte first. */
    private static String ipv4(String hex) {
        long bits = Long.parseLong(hex, 16);
        return (bits & 0xff) + "." + (bits >> 8 & 0xff) + "." + (bits >> 16 & 0xff) + "." + (bits >> 24 & 0xff);
    }

    /** The fields of an interface's line in /proc/net/wireless: name, status, link quality, level (dBm), ... */
    private Optional<String[]> wireless(String name) {
        return files.proc("net/wireless").flatMap(text -> text.lines()
                .map(line -> line.trim().split("[\\s:]+"))
                .filter(fields -> fields.length > 3 && fields[0].equals(name))
                .findFirst());
    }

    private static OptionalInt number(String field) {
        try {
            return OptionalInt.of((int) Double.parseDouble(field));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /** The host's interfaces that are up, with their addresses (IPv6 link-local ones left out). */
    private static List<Link> hostLinks() {
        List<Link> links = new ArrayList<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nic.isUp() || nic.isLoopback()) {
                    continue;
                }
                List<String> addresses = new ArrayList<>();
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (address instanceof Inet4Address || !address.isLinkLocalAddress()) {
                        addresses.add(address.getHostAddress().replaceFirst("%.*$", ""));
                    }
                }
                links.add(new Link(nic.getName(), addresses));
            }
        } catch (SocketException e) {
            return List.of();
        }
        return links;
    }
}
