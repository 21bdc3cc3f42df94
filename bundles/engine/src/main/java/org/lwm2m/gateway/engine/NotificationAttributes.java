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
 * The notification attributes a server wrote on one path (LwM2M 1.1 Core §5.1.2): minimum and maximum period in
 * seconds, the greater-than, less-than and step conditions of a numeric resource, and the minimum and maximum
 * evaluation period in seconds. Null means not set at this level; {@link #inherit} fills those from a level above.
 */
record NotificationAttributes(Long pmin, Long pmax, BigDecimal gt, BigDecimal lt, BigDecimal st, Long epmin,
        Long epmax) {

    static final NotificationAttributes NONE = new NotificationAttributes(null, null, null, null, null, null, null);

    static final String PMIN = "pmin";
    static final String PMAX = "pmax";
    static final String GT = "gt";
    static final String LT = "lt";
    static final String ST = "st";
    static final String EPMIN = "epmin";
    static final String EPMAX = "epmax";

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
                epmin != null ? epmin : above.epmin, epmax != null ? epmax : above.epmax);
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
            if (!List.of(PMIN, PMAX, GT, LT, ST, EPMIN, EPMAX).contains(name)) {
                throw LwM2mException.badRequest("unknown attribute '" + name
                        + "' (pmin, pmax, gt, lt, st, epmin, epmax)");
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
                changes.containsKey(EPMAX) ? seconds(EPMAX, changes.get(EPMAX)) : epmax);
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
        return params;
    }

    private static Long seconds(String name, Optional<String> value) throws LwM2mException {
        if (value.isEmpty()) {
            return null;
        }
        try {
            long seconds = Long.parseLong(value.get());
            if (seconds >= 0) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // the message below says what is allowed
        }
        throw LwM2mException.badRequest(name + " must be a whole number of seconds, 0 or more, not '" + value.get()
                + "'");
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
