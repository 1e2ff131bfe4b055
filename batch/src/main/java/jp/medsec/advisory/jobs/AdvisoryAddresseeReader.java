package jp.medsec.advisory.jobs;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.advisory.AdvisoryAudience;
import jp.medsec.notification.CisoRecipients;
import jp.medsec.shared.JapaneseDates;

import java.io.Serializable;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The institutions an advisory's mail goes to, as (advisory id, institution id) pairs in ascending order, a page at a
 * time; the checkpoint is the last pair handed out, so a restarted step goes on after it. Only institutions with a
 * CISO to tell are read. With {@code advisoryId}: that advisory's whole audience (its publication). Without: every
 * advisory published at least its reminder days ago (and at most 90) and the institutions of its audience that have not
 * acknowledged it (the reminders).
 */
@Named
@Dependent
public class AdvisoryAddresseeReader extends AbstractItemReader {

    static final int PAGE = 500;

    @Inject
    @BatchProperty
    private String advisoryId;

    @Inject
    @BatchProperty
    private String today;

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    private final Deque<long[]> page = new ArrayDeque<>();
    private long[] last = {0, 0};
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        last = checkpoint == null ? new long[]{0, 0} : ((long[]) checkpoint).clone();
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            List<?> rows = next();
            for (Object row : rows) {
                Object[] r = (Object[]) row;
                page.add(new long[]{((Number) r[0]).longValue(), ((Number) r[1]).longValue()});
            }
            exhausted = rows.size() < PAGE;
        }
        long[] pair = page.poll();
        if (pair != null) {
            last = pair;
        }
        return pair;
    }

    @Override
    public Serializable checkpointInfo() {
        return last.clone();
    }

    private List<?> next() {
        boolean publication = advisoryId != null && !advisoryId.isBlank();
        StringBuilder sql = new StringBuilder("SELECT a.id, i.id FROM advisory a JOIN institution i ON ")
                .append(AdvisoryAudience.reaches("a.id", "i")).append(" WHERE ")
                .append(String.format(CisoRecipients.EXISTS_FOR, "i.id"))
                .append(" AND (a.id > ?1 OR (a.id = ?1 AND i.id > ?2))");
        if (publication) {
            sql.append(" AND a.id = ?3");
        } else {
            sql.append(" AND a.published_at <= TIMESTAMPADD(DAY, -a.remind_after_days, ?3)")
                    .append(" AND a.published_at >= TIMESTAMPADD(DAY, -90, ?3)")
                    .append(" AND NOT EXISTS (SELECT 1 FROM advisory_acknowledgement k WHERE k.advisory_id = a.id ")
                    .append("AND k.institution_id = i.id)");
        }
        sql.append(" ORDER BY a.id, i.id");
        var query = em.createNativeQuery(sql.toString()).setParameter(1, last[0]).setParameter(2, last[1]);
        if (publication) {
            query.setParameter(3, Long.parseLong(advisoryId.strip()));
        } else {
            LocalDate day = today == null || today.isBlank() ? JapaneseDates.today() : LocalDate.parse(today.strip());
            // The end of the day in Japan, in UTC as the column holds it.
            query.setParameter(3, Timestamp.from(day.plusDays(1).atStartOfDay(JapaneseDates.JAPAN).toInstant()));
        }
        return query.setMaxResults(PAGE).getResultList();
    }
}
