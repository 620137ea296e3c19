package org.kefu.sla;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.kefu.identity.OrgUnit;
import org.kefu.identity.OrgUnits;
import org.kefu.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The working calendars, ready for arithmetic: by code, or the one that applies to a unit and channel.
 * All calendars are built in memory from the tables and kept; a change made through this node is seen
 * right after its commit, a change made on another node at the latest {@link #FRESHNESS} later.
 */
@Service
public class Calendars {

    /** How long a node keeps its calendars before re-reading them: the staleness bound across nodes. */
    public static final Duration FRESHNESS = Duration.ofSeconds(60);

    private final CalendarStore store;
    private final OrgUnits orgUnits;
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();
    /** Bumped by every committed change; a snapshot read before the latest bump is stale. */
    private final AtomicLong generation = new AtomicLong();

    record Snapshot(Map<String, CalendarStore.StoredCalendar> stored, Map<String, WorkingCalendar> calendars,
                    String defaultCode, Map<Long, String> units, Map<String, String> channels, long loadedAt,
                    long generation) {
    }

    Calendars(CalendarStore store, OrgUnits orgUnits) {
        this.store = store;
        this.orgUnits = orgUnits;
    }

    /** The calendar with this code; 404 problem when there is none. */
    public WorkingCalendar byCode(String code) {
        WorkingCalendar calendar = current().calendars().get(code);
        if (calendar == null) {
            throw new NotFoundException("calendar", code);
        }
        return calendar;
    }

    /**
     * The calendar for work of {@code unitCode} that came in on {@code channelJsonNameOrNull} (the JSON name in
     * the cases module, e.g. {@code online_chat}): the calendar of the channel if it has one, else that of
     * the nearest unit on the path to the head office with an assignment, else the default calendar.
     * An unknown unit gets the default calendar.
     */
    public WorkingCalendar forUnit(String unitCode, String channelJsonNameOrNull) {
        Snapshot current = current();
        if (channelJsonNameOrNull != null) {
            String channel = current.channels().get(channelJsonNameOrNull.toLowerCase(Locale.ROOT));
            if (channel != null) {
                return current.calendars().get(channel);
            }
        }
        return current.calendars().get(unitCalendarCode(current, unitCode));
    }

    /** The calendar of units without an assignment ({@code CN-MAINLAND} as seeded). */
    public WorkingCalendar defaultCalendar() {
        Snapshot current = current();
        return current.calendars().get(current.defaultCode());
    }

    String unitCalendarCode(Snapshot current, String unitCode) {
        Optional<OrgUnit> unit = orgUnits.tree().byCode(unitCode);
        if (unit.isPresent()) {
            String[] ids = unit.get().path().split("/");
            for (int i = ids.length - 1; i >= 0; i--) {
                if (!ids[i].isEmpty()) {
                    String code = current.units().get(Long.parseLong(ids[i]));
                    if (code != null) {
                        return code;
                    }
                }
            }
        }
        return current.defaultCode();
    }

    Snapshot current() {
        Snapshot current = snapshot.get();
        return usable(current) ? current : reload();
    }

    private boolean usable(Snapshot s) {
        return s != null && s.generation() == generation.get()
                && System.nanoTime() - s.loadedAt() <= FRESHNESS.toNanos();
    }

    /**
     * One thread rebuilds while the others wait for its result. The generation is read before the tables
     * are: a change committed during the load leaves this snapshot stale, so the next caller loads again
     * rather than keeping what was read before the change.
     */
    private synchronized Snapshot reload() {
        Snapshot current = snapshot.get();
        if (usable(current)) {
            return current;
        }
        Snapshot loaded = load(generation.get());
        snapshot.set(loaded);
        return loaded;
    }

    /** Drops the cached calendars once the transaction of the caller commits (at once when there is none). */
    void invalidate() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    generation.incrementAndGet();
                }
            });
        } else {
            generation.incrementAndGet();
        }
    }

    private Snapshot load(long generation) {
        CalendarStore.Contents contents = store.load();
        Map<String, CalendarStore.StoredCalendar> stored = new LinkedHashMap<>();
        Map<String, WorkingCalendar> calendars = new LinkedHashMap<>();
        String defaultCode = null;
        for (CalendarStore.StoredCalendar calendar : contents.calendars()) {
            stored.put(calendar.row().code(), calendar);
            calendars.put(calendar.row().code(), calendar.definition().toWorkingCalendar());
            if (calendar.row().isDefault()) {
                defaultCode = calendar.row().code();
            }
        }
        if (defaultCode == null && !calendars.isEmpty()) {
            defaultCode = calendars.keySet().iterator().next();
        }
        return new Snapshot(stored, calendars, defaultCode, Map.copyOf(contents.unitCalendars()),
                Map.copyOf(contents.channelCalendars()), System.nanoTime(), generation);
    }

    /** The stored calendars in code order, for the admin API and page. */
    List<CalendarView> views(Integer year) {
        Snapshot current = current();
        return current.stored().values().stream()
                .map(stored -> CalendarView.of(stored, current.defaultCode(), year)).toList();
    }

    CalendarView view(String code, Integer year) {
        Snapshot current = current();
        CalendarStore.StoredCalendar stored = current.stored().get(code);
        if (stored == null) {
            throw new NotFoundException("calendar", code);
        }
        return CalendarView.of(stored, current.defaultCode(), year);
    }

    /** Unit ids and channels with their own assignment, with the calendar codes. */
    Map<Long, String> unitAssignments() {
        return current().units();
    }

    Map<String, String> channelAssignments() {
        return current().channels();
    }
}
