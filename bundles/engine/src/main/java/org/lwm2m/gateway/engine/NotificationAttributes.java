package org.lwm2m.gateway.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lwm2m.gateway.api.LwM2mException;
import org.lwm2m.gateway.api.link.LinkParam;

/**
 * The notification attributes a server wrote on one path (LwM2M 1.1 Core §5.1.2, and 1.2 §5.1.2 for the last
 * three): minimum and maximum period in seconds, the greater-than, less-than and step conditions of a numeric
 * resource, the minimum and maximum evaluation period in seconds, the edge of a boolean resource that notifies
 * (1 rising, 0 falling), whether notifications are confirmable (1) or not (0), and the most notifications to keep
 * while the server cannot be reached. Null means not set at this level; {@link #inherit} fills those from a level
 * above.
 */
record NotificationAttributes(Long pmin, Long pmax, BigDecimal gt, BigDecimal lt, BigDecimal st, Long epmin,
        Long epmax, Integer edge, Integer con, Long hqmax) {

    static final NotificationAttributes NONE = new NotificationAttributes(null, null, null, null, null, null, null,
            null, null, null);

    static final String PMIN = "pmin";
    static final String PMAX = "pmax";
    static final String GT = "gt";
    static final String LT = "lt";
    static final String ST = "st";
    static final String EPMIN = "epmin";
    static final String EPMAX = "epmax";
    static final String EDGE = "edge";
    static final String CON = "con";
    static final String HQMAX = "hqmax";

    private static final List<String> NAMES = List.of(PMIN, PMAX, GT, LT, ST, EPMIN, EPMAX, EDGE, CON, HQMAX);

    /** A periods-only set: what the Server object's defaults give. */
    static NotificationAttributes periods(Long pmin, Long pmax) {
        return new NotificationAttributes(pmin, pmax, null, null, null, null, null, null, null, null);
    }

    boolean isEmpty() {
        return equals(NONE);
    }

    /** Whether a value condition (gt, lt or st) is set. */
    boolean hasValueCondition() {
        return gt != null || lt != null || st != null;
    }

    /** These attributes, with what is unset here taken from {@code above}. */
    NotificationAttributes inherit(NotificationAttributes above) {
        return new NotificationAttributes(pmin != null ? pmin : above.pmin, pmax != null ? pmax : above.pmax,
                gt != null ? gt : above.gt, lt != null ? lt : above.lt, st != null ? st : above.st,
                epmin != null ? epmin : above.epmin, epmax != null ? epmax : above.epmax,
                edge != null ? edge : above.edge, con != null ? con : above.con, hqmax != null ? hqmax : above.hqmax);
    }

    /**
     * These attributes changed by the query of a Write-Attributes: {@code pmin=10} sets, a bare {@code pmin}
     * removes (Core §5.4.4).
     *
     * @throws LwM2mException 4.00 for an unknown attribute or a value that is not one
     */
    NotificationAttributes with(List<String> query) throws LwM2mException {
        Map<String, Optional<String>> changes = new LinkedHashMap<>();
        for (String parameter : query) {
            int eq = parameter.indexOf('=');
            String name = eq < 0 ? parameter : parameter.substring(0, eq);
            Optional<String> value = eq < 0 ? Optional.empty() : Optional.of(parameter.substring(eq + 1));
            if (!NAMES.contains(name)) {
                throw LwM2mException.badRequest("unknown attribute '" + name + "' (" + String.join(", ", NAMES) + ")");
            }
            if (changes.put(name, value) != null) {
                throw LwM2mException.badRequest("attribute " + name + " given twice");
            }
        }
        return new NotificationAttributes(
                changes.containsKey(PMIN) ? seconds(PMIN, changes.get(PMIN)) : pmin,
                changes.containsKey(PMAX) ? seconds(PMAX, changes.get(PMAX)) : pmax,
                changes.containsKey(GT) ? number(GT, changes.get(GT)) : gt,
                changes.containsKey(LT) ? number(LT, changes.get(LT)) : lt,
                changes.containsKey(ST) ? step(changes.get(ST)) : st,
                changes.containsKey(EPMIN) ? seconds(EPMIN, changes.get(EPMIN)) : epmin,
                changes.containsKey(EPMAX) ? seconds(EPMAX, changes.get(EPMAX)) : epmax,
                changes.containsKey(EDGE) ? flag(EDGE, changes.get(EDGE)) : edge,
                changes.containsKey(CON) ? flag(CON, changes.get(CON)) : con,
                changes.containsKey(HQMAX) ? count(HQMAX, changes.get(HQMAX)) : hqmax);
    }

    /**
     * Checks the attributes in force on a path together (Core §5.1.2).
     *
     * @throws LwM2mException 4.00 if lt is not below gt, lt + 2 st is not below gt, or epmax is not above epmin
     */
    void checkTogether() throws LwM2mException {
        if (epmin != null && epmax != null && epmax > 0 && epmax <= epmin) {
            throw LwM2mException.badRequest("epmax (" + epmax + ") must be above epmin (" + epmin + ")");
        }
        if (lt != null && gt != null && lt.compareTo(gt) >= 0) {
            throw LwM2mException.badRequest("lt (" + lt + ") must be below gt (" + gt + ")");
        }
        if (lt != null && gt != null && st != null && lt.add(st.multiply(BigDecimal.valueOf(2))).compareTo(gt) >= 0) {
            throw LwM2mException.badRequest("lt + 2 st must be below gt");
        }
    }

    /** The attributes as link parameters, as Discover shows them. */
    List<LinkParam> linkParams() {
        List<LinkParam> params = new ArrayList<>();
        if (pmin != null) {
            params.add(LinkParam.token(PMIN, pmin.toString()));
        }
        if (pmax != null) {
            params.add(LinkParam.token(PMAX, pmax.toString()));
        }
        if (gt != null) {
            params.add(LinkParam.token(GT, gt.toPlainString()));
        }
        if (lt != null) {
            params.add(LinkParam.token(LT, lt.toPlainString()));
        }
        if (st != null) {
            params.add(LinkParam.token(ST, st.toPlainString()));
        }
        if (epmin != null) {
            params.add(LinkParam.token(EPMIN, epmin.toString()));
        }
        if (epmax != null) {
            params.add(LinkParam.token(EPMAX, epmax.toString()));
        }
        if (edge != null) {
            params.add(LinkParam.token(EDGE, edge.toString()));
        }
        if (con != null) {
            params.add(LinkParam.token(CON, con.toString()));
        }
        if (hqmax != null) {
            params.add(LinkParam.token(HQMAX, hqmax.toString()));
        }
        return params;
    }

    private static Long seconds(String name, Optional<String> value) throws LwM2mException {
        return whole(name, value, "a whole number of seconds, 0 or more");
    }

    private static Long count(String name, Optional<String> value) throws LwM2mException {
        return whole(name, value, "a whole number, 0 or more");
    }

    private static Long whole(String name, Optional<String> value, String allowed) throws LwM2mException {
        if (value.isEmpty()) {
            return null;
        }
        try {
            long number = Long.parseLong(value.get());
            if (number >= 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // the message below says what is allowed
        }
        throw LwM2mException.badRequest(name + " must be " + allowed + ", not '" + value.get() + "'");
    }

    /** 0 or 1. */
    private static Integer flag(String name, Optional<String> value) throws LwM2mException {
        if (value.isEmpty()) {
            return null;
        }
        if (value.get().equals("0") || value.get().equals("1")) {
            return Integer.valueOf(value.get());
        }
        throw LwM2mException.badRequest(name + " must be 0 or 1, not '" + value.get() + "'");
    }

    private static BigDecimal number(String name, Optional<String> value) throws LwM2mException {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(value.get());
        } catch (NumberFormatException e) {
            throw LwM2mException.badRequest(name + " must be a number, not '" + value.get() + "'");
        }
    }

    private static BigDecimal step(Optional<String> value) throws LwM2mException {
        BigDecimal step = number(ST, value);
        if (step != null && step.signum() <= 0) {
            throw LwM2mException.badRequest("st must be above 0, not " + step.toPlainString());
        }
        return step;
    }
}
