package jp.medsec.imports;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The keys of the last lines an import checked, bounded (far more than a chunk), so that a line repeating one of them
 * is refused as a duplicate in the file before the first has been stored; and what the importer keeps for the upload.
 */
public final class RecentKeys {

    private static final int KEPT = 20_000;

    private final Map<String, Long> lines = new LinkedHashMap<>(1024, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > KEPT;
        }
    };

    /** Remembers the key for the line; answers the earlier line that had it, or null. */
    public Long remember(String key, long line) {
        Long earlier = lines.get(key);
        if (earlier == null) {
            lines.put(key, line);
        }
        return earlier;
    }

    public boolean contains(String key) {
        return lines.containsKey(key);
    }

    private final Map<Class<?>, Object> locals = new java.util.HashMap<>();

    /**
     * What an importer keeps while it checks one upload (e.g. the rosters it has read), made on first use; gone with
     * the step, so a restart reads afresh.
     */
    public <T> T local(Class<T> type, java.util.function.Supplier<T> create) {
        return type.cast(locals.computeIfAbsent(type, t -> create.get()));
    }
}
