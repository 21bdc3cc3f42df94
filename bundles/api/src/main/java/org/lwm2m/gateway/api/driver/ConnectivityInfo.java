package org.lwm2m.gateway.api.driver;

import java.util.List;
import java.util.OptionalInt;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * How the host a gateway runs on is connected: the bearer in use and those it could use, the radio's signal where
 * there is a radio, and the addresses it has and goes out through. A driver registers one (the Linux driver from
 * the network interfaces and procfs, a modem's driver from the modem); Connectivity Monitoring (4) follows the
 * highest-ranked one.
 * <p>
 * Calls are cheap and never block: a driver answers from what it last sampled.
 */
@ConsumerType
public interface ConnectivityInfo {

    /** Network bearers, as Connectivity Monitoring numbers them. */
    int BEARER_GSM = 0;
    int BEARER_WCDMA = 2;
    int BEARER_LTE_FDD = 6;
    int BEARER_NB_IOT = 7;
    int BEARER_WLAN = 21;
    int BEARER_BLUETOOTH = 22;
    int BEARER_ETHERNET = 41;

    /** The bearer of the link in use. */
    int networkBearer();

    /** Every bearer the host could use, the one in use among them. */
    List<Integer> availableBearers();

    /** The received signal strength in dBm, for a radio link. */
    OptionalInt signalStrength();

    /** A link quality figure of the bearer (0 to 100 for a WLAN), where it has one. */
    OptionalInt linkQuality();

    /** The addresses of the host on its links, the link in use first. */
    List<String> ipAddresses();

    /** The addresses of the routers the host goes out through. */
    List<String> routerAddresses();
}
