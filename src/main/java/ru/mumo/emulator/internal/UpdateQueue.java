package ru.mumo.emulator.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import static ru.mumo.emulator.internal.FormattedText.NODES;

/**
 * The bot's pending updates with getUpdates semantics: ids from 1 upwards, an offset confirms (forgets)
 * everything below it, long polling waits until something arrives, a newer getUpdates terminates a waiting
 * one with 409 like Telegram does when two bot instances poll.
 */
public final class UpdateQueue {

    /** Telegram's default when allowed_updates was never given or given empty. */
    private static final Set<String> NOT_BY_DEFAULT = Set.of("chat_member", "message_reaction", "message_reaction_count");

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final TreeMap<Long, ObjectNode> pending = new TreeMap<>();
    private final Map<Long, ObjectNode> history = new HashMap<>();
    private long lastId;
    private Set<String> allowed;
    private Object currentPoll;
    private boolean closed;

    /** @param update an Update without update_id */
    public long push(ObjectNode update) {
        lock.lock();
        try {
            long id = ++lastId;
            ObjectNode stored = NODES.objectNode().put("update_id", id);
            stored.setAll(update);
            pending.put(id, stored);
            history.put(id, stored);
            changed.signalAll();
            return id;
        } finally {
            lock.unlock();
        }
    }

    /** Puts an update back as if it had never been confirmed, which is what a bot sees after a crash. */
    public void redeliver(long updateId) {
        lock.lock();
        try {
            ObjectNode update = history.get(updateId);
            if (update == null) {
                throw new IllegalArgumentException("no update with id " + updateId + " was ever created");
            }
            pending.put(updateId, update);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * @param allowedUpdates null keeps the previous choice, as Telegram does
     * @throws ApiException 409 when another getUpdates call arrives while this one waits
     */
    ArrayNode poll(long offset, int limit, int timeoutSeconds, List<String> allowedUpdates) throws ApiException {
        lock.lock();
        Object me = new Object();
        try {
            if (currentPoll != null) {
                changed.signalAll();
            }
            currentPoll = me;
            if (allowedUpdates != null) {
                allowed = allowedUpdates.isEmpty() ? null : Set.copyOf(allowedUpdates);
            }
            confirm(offset);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
            while (true) {
                if (currentPoll != me) {
                    throw new ApiException(409, "Conflict: terminated by other getUpdates request; "
                            + "make sure that only one bot instance is running", null, false);
                }
                ArrayNode result = collect(offset, limit);
                long left = deadline - System.nanoTime();
                if (!result.isEmpty() || left <= 0 || closed) {
                    return result;
                }
                changed.awaitNanos(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return NODES.arrayNode();
        } finally {
            if (currentPoll == me) {
                currentPoll = null;
            }
            lock.unlock();
        }
    }

    private void confirm(long offset) {
        int before = pending.size();
        if (offset > 0) {
            pending.headMap(offset).clear();
        } else if (offset < 0) {
            while (pending.size() > -offset) {
                pending.pollFirstEntry();
            }
        }
        if (pending.size() != before) {
            changed.signalAll();
        }
    }

    /** @return the ids still pending when the timeout expired, empty once the bot confirmed everything */
    public List<Long> awaitConfirmed(Duration timeout) throws InterruptedException {
        lock.lock();
        try {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!pending.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return List.copyOf(pending.keySet());
                }
                changed.awaitNanos(left);
            }
            return List.of();
        } finally {
            lock.unlock();
        }
    }

    private ArrayNode collect(long offset, int limit) {
        ArrayNode result = NODES.arrayNode();
        Iterator<ObjectNode> updates = pending.tailMap(Math.max(offset, 0)).values().iterator();
        while (updates.hasNext() && result.size() < limit) {
            ObjectNode update = updates.next();
            if (isAllowed(update)) {
                result.add(update);
            } else {
                updates.remove(); // Telegram does not even keep updates of types the bot did not ask for
            }
        }
        return result;
    }

    private boolean isAllowed(ObjectNode update) {
        Iterator<String> fields = update.fieldNames();
        fields.next(); // update_id
        String type = fields.hasNext() ? fields.next() : "";
        return allowed == null ? !NOT_BY_DEFAULT.contains(type) : allowed.contains(type);
    }

    /**
     * Takes the oldest pending update of an allowed type for a webhook delivery, waiting up to {@code waitMillis};
     * null if none came. It stays pending until {@link #delivered} confirms it.
     */
    ObjectNode nextForWebhook(long waitMillis) throws InterruptedException {
        lock.lock();
        try {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis);
            while (!closed) {
                ArrayNode first = collect(0, 1);
                if (!first.isEmpty()) {
                    return (ObjectNode) first.get(0);
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return null;
                }
                changed.awaitNanos(left);
            }
            return null;
        } finally {
            lock.unlock();
        }
    }

    /** The webhook answered 2xx: Telegram forgets the update. */
    void delivered(long updateId) {
        lock.lock();
        try {
            pending.remove(updateId);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The update types to deliver, as setWebhook and getUpdates both set them; null keeps the previous choice. */
    void allow(List<String> allowedUpdates) {
        lock.lock();
        try {
            if (allowedUpdates != null) {
                allowed = allowedUpdates.isEmpty() ? null : Set.copyOf(allowedUpdates);
            }
        } finally {
            lock.unlock();
        }
    }

    int pendingCount() {
        lock.lock();
        try {
            return pending.size();
        } finally {
            lock.unlock();
        }
    }

    void dropPending() {
        lock.lock();
        try {
            pending.clear();
        } finally {
            lock.unlock();
        }
    }

    /** Forgets all updates; ids keep growing so that a running bot does not take new ones for old ones. */
    public void reset() {
        lock.lock();
        try {
            pending.clear();
            history.clear();
            allowed = null;
        } finally {
            lock.unlock();
        }
    }

    /** Answers waiting long polls at once, so that shutting down does not wait for their timeouts. */
    public void close() {
        lock.lock();
        try {
            closed = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
