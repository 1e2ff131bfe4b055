package jp.medsec.jobs;

import jakarta.batch.api.chunk.AbstractItemReader;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Reads ids in ascending order, a page at a time, and checkpoints the last id handed out: a restarted step resumes
 * after it. Subclasses say which ids. With the batch property {@code wholePages=true} an item is a whole page (a
 * {@code List<Long>}), for processors that decide a page at a time in a few set-based reads rather than one id at a
 * time.
 */
public abstract class IdPageReader extends AbstractItemReader {

    static final int PAGE = 500;

    @jakarta.inject.Inject
    @jakarta.batch.api.BatchProperty
    private String wholePages;

    private final Deque<Long> page = new ArrayDeque<>();
    private long lastId;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        lastId = checkpoint == null ? 0 : (Long) checkpoint;
        page.clear();
        exhausted = false;
    }

    @Override
    public Object readItem() {
        if ("true".equals(wholePages)) {
            List<Long> next = exhausted ? List.of() : nextIds(lastId, PAGE);
            exhausted = next.size() < PAGE;
            if (next.isEmpty()) {
                return null;
            }
            lastId = next.get(next.size() - 1);
            return new java.util.ArrayList<>(next);
        }
        if (page.isEmpty() && !exhausted) {
            List<Long> next = nextIds(lastId, PAGE);
            page.addAll(next);
            exhausted = next.size() < PAGE;
        }
        Long id = page.poll();
        if (id != null) {
            lastId = id;
        }
        return id;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }

    /** Up to {@code limit} ids greater than {@code after}, ascending. */
    protected abstract List<Long> nextIds(long after, int limit);
}
