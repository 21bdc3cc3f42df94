package org.lwm2m.gateway.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.californium.core.coap.Request;
import org.eclipse.californium.core.observe.ObserveRelation;
import org.lwm2m.gateway.api.LwM2mPath;

/**
 * When the observations of one server are notified: a change notifies at once unless the relation's {@code pmin}
 * has not passed since its last notification (then once, when it has), and {@code pmax} notifies a relation that
 * heard nothing for that long (Core §5.1.2, §6.4.1). On a numeric value with {@code gt}, {@code lt} or {@code st},
 * a change counts only if the value crossed {@code gt} or {@code lt} (either way) or moved by {@code st} or more
 * from the value last notified. On a boolean with {@code edge}, a change counts only if it went from false to true
 * ({@code edge=1}) or from true to false ({@code edge=0}). {@code epmin} spaces the evaluations of changes;
 * {@code epmax} samples the value
 * at least that often, which is how a value read live from a supplier shows its changes to an observer. The
 * attributes in force are looked up at every decision, so a Write-Attributes applies to observations already
 * running.
 */
final class Observations {

    private final Map<ObserveRelation, Observed> observed = new ConcurrentHashMap<>();
    private final Function<Request, List<LwM2mPath>> watched;
    private final Function<LwM2mPath, NotificationAttributes> inForce;
    private final Function<LwM2mPath, Optional<BigDecimal>> numbers;
    private final Consumer<ObserveRelation> notifier;
    private final Consumer<LwM2mPath> sampler;
    private final ScheduledExecutorService timers;

    /**
     * @param watched  the paths whose changes concern the relation of an observe request: its own path, or the
     *                 paths an Observe-Composite names (whose timing follows the attributes of the root, the server's
     *                 defaults)
     * @param inForce  the attributes in force on a path, server defaults included
     * @param numbers  the current value at a path, if it is a single number (a boolean as 0 or 1)
     * @param notifier sends one relation a notification
     * @param sampler  reads the value at a path, which reports it as changed if it did
     */
    Observations(Function<Request, List<LwM2mPath>> watched, Function<LwM2mPath, NotificationAttributes> inForce,
            Function<LwM2mPath, Optional<BigDecimal>> numbers, Consumer<ObserveRelation> notifier,
            Consumer<LwM2mPath> sampler, ScheduledExecutorService timers) {
        this.watched = watched;
        this.inForce = inForce;
        this.numbers = numbers;
        this.notifier = notifier;
        this.sampler = sampler;
        this.timers = timers;
    }

    /** A relation was established: its first answer counts as its first notification. */
    void added(ObserveRelation relation) {
        Request request = relation.getExchange().getRequest();
        LwM2mPath path = RequestPaths.tryParse(request.getOptions().getUriPath());
        List<LwM2mPath> paths = path == null ? List.of() : watched.apply(request);
        if (!paths.isEmpty()) {
            Observed state = new Observed(relation, path, paths);
            observed.put(relation, state);
            state.notified();
            state.scheduleSample();
        }
    }

    void removed(ObserveRelation relation) {
        Observed state = observed.remove(relation);
        if (state != null) {
            state.cancel();
        }
    }

    /** A value at {@code path} changed: the relations at, above or below it are due a notification. */
    void changed(LwM2mPath path) {
        for (Observed state : observed.values()) {
            if (state.watched.stream().anyMatch(w -> w.startsWith(path) || path.startsWith(w))) {
                state.changed();
            }
        }
    }

    /** How many relations are observed, for tests. */
    int count() {
        return observed.size();
    }

    /** Stops every timer: the endpoint, and its relations, are gone. */
    void close() {
        observed.values().forEach(Observed::cancel);
        observed.clear();
    }

    /** The notification timing of one relation. */
    private final class Observed {

        private final ObserveRelation relation;
        /** Where the relation's attributes are looked up: its path, the root for an Observe-Composite. */
        private final LwM2mPath path;
        private final List<LwM2mPath> watched;
        // guarded by this
        private long lastNotified;
        private long lastEvaluated;
        private ScheduledFuture<?> sample;
        /** The number last notified, while a value condition is in force. */
        private BigDecimal lastValue;
        /** The boolean (0 or 1) last seen, while an edge is in force: the edge is a change from it. */
        private BigDecimal lastState;
        private ScheduledFuture<?> due;
        private ScheduledFuture<?> maxPeriod;
        private boolean cancelled;

        Observed(ObserveRelation relation, LwM2mPath path, List<LwM2mPath> watched) {
            this.relation = relation;
            this.path = path;
            this.watched = List.copyOf(watched);
            this.lastEvaluated = System.nanoTime();
        }

        synchronized void changed() {
            if (cancelled || due != null) {
                return;
            }
            NotificationAttributes attributes = inForce.apply(path);
            long evaluationWait = seconds(attributes.epmin()) * 1000 - millisSince(lastEvaluated);
            if (evaluationWait > 0) {
                due = schedule(this::evaluateAgain, evaluationWait);
                return;
            }
            lastEvaluated = System.nanoTime();
            if (attributes.edge() != null && !edgeMet(attributes.edge())) {
                return;
            }
            if (attributes.hasValueCondition() && !conditionMet(attributes)) {
                return;
            }
            long waitMillis = seconds(attributes.pmin()) * 1000 - millisSince(lastNotified);
            if (waitMillis <= 0) {
                notifyNow();
            } else {
                due = schedule(this::notifyNow, waitMillis);
            }
        }

        /** A change came within epmin of the last evaluation: it is evaluated now, once. */
        private synchronized void evaluateAgain() {
            due = null;
            changed();
        }

        /** Samples the value every epmax, if set, so that a change nobody pushed is seen. */
        synchronized void scheduleSample() {
            cancel(sample);
            sample = null;
            long epmax = seconds(inForce.apply(path).epmax());
            if (!cancelled && epmax > 0) {
                sample = schedule(this::sampleNow, epmax * 1000);
            }
        }

        private void sampleNow() {
            sampler.accept(path);
            scheduleSample();
        }

        /** Notifies with a fresh read (Californium re-runs the relation's request). */
        private synchronized void notifyNow() {
            due = null;
            if (cancelled) {
                return;
            }
            notified();
            notifier.accept(relation);
        }

        /** Whether the value now crossed gt or lt, or moved by st, since the value last notified. */
        private boolean conditionMet(NotificationAttributes attributes) {
            Optional<BigDecimal> now = numbers.apply(path);
            if (now.isEmpty() || lastValue == null) {
                return true;
            }
            BigDecimal value = now.get();
            return crossed(attributes.gt(), value) || crossed(attributes.lt(), value)
                    || attributes.st() != null && value.subtract(lastValue).abs().compareTo(attributes.st()) >= 0;
        }

        /** Whether the boolean went to {@code edge} (1: true, 0: false) from the other state since last seen. */
        private boolean edgeMet(int edge) {
            Optional<BigDecimal> now = numbers.apply(path);
            BigDecimal before = lastState;
            lastState = now.orElse(null);
            return now.isEmpty() || before == null
                    || before.signum() != now.get().signum() && now.get().signum() == edge;
        }

        /** Whether the last notified value and {@code value} lie on different sides of {@code threshold}. */
        private boolean crossed(BigDecimal threshold, BigDecimal value) {
            return threshold != null && lastValue.compareTo(threshold) > 0 != value.compareTo(threshold) > 0;
        }

        /** A notification went out now: the maximum period starts again. */
        synchronized void notified() {
            lastNotified = System.nanoTime();
            cancel(maxPeriod);
            maxPeriod = null;
            NotificationAttributes attributes = inForce.apply(path);
            lastValue = attributes.hasValueCondition() ? numbers.apply(path).orElse(null) : null;
            lastState = attributes.edge() != null ? numbers.apply(path).orElse(null) : null;
            long pmax = seconds(attributes.pmax());
            if (pmax > 0 && pmax >= seconds(attributes.pmin())) {
                maxPeriod = schedule(this::notifyNow, pmax * 1000);
            }
        }

        synchronized void cancel() {
            cancelled = true;
            cancel(due);
            cancel(maxPeriod);
            cancel(sample);
        }

        private static long millisSince(long nanoTime) {
            return (System.nanoTime() - nanoTime) / 1_000_000;
        }

        private ScheduledFuture<?> schedule(Runnable task, long millis) {
            try {
                return timers.schedule(task, millis, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                return null;
            }
        }

        private static void cancel(ScheduledFuture<?> timer) {
            if (timer != null) {
                timer.cancel(false);
            }
        }

        private static long seconds(Long value) {
            return value == null ? 0 : value;
        }
    }
}
