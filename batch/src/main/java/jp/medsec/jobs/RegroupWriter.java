package jp.medsec.jobs;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.personnel.GroupAssessor;

import java.util.List;

/** Recomputes each person's Group A/B/C after the day's certification changes (an expired Senior HIT included). */
@Named
@Dependent
public class RegroupWriter extends AbstractItemWriter {

    @Inject
    private GroupAssessor groups;

    @Override
    public void writeItems(List<Object> holderIds) {
        for (Object id : holderIds) {
            groups.assess((Long) id);
        }
    }
}
