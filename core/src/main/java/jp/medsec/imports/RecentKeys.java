package jp.medsec.imports;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The keys of the last lines an import checked, bounded (far more than a chunk), so that a line repeating one of them
 * is refused as a duplicate in the file before the first has been stored.
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
}
