package jp.medsec.jobs;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.certification.Holder;
import jp.medsec.notification.MailTemplates;
import jp.medsec.personnel.ContinuingTopics;
import jp.medsec.personnel.CourseModule;
import jp.medsec.personnel.Group;
import jp.medsec.personnel.Modules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides the reminders of a person's continuing topics (CONT-A/B/C): for a person of Group A, B or C with an address,
 * one mail per topic as it falls due ({@link ContinuingTopics}), keyed by person, topic and due day ("never" while not
 * yet taken), so each falling-due is told once whatever reruns and restarts happen.
 */
@Named
@Dependent
public class ContinuingTopicDecider implements ItemProcessor {

    @Inject
    @BatchProperty
    private String today;

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    private Map<String, Integer> intervals;
    private Map<String, String> titles;

    @Override
    public Object processItem(Object id) {
        long holderId = (Long) id;
        List<Group> groups = em.createQuery("select p.computedGroup from PersonnelProfile p where p.holderId = :h",
                Group.class).setParameter("h", holderId).getResultList();
        Group group = groups.isEmpty() ? null : groups.get(0); // null too for a person of no group
        Holder holder = em.find(Holder.class, holderId);
        if (group == null || holder == null || holder.getEmail() == null) {
            return null;
        }
        loadTopics();
        Map<String, LocalDate> last = new HashMap<>();
        em.createQuery("select m.moduleCode, max(m.completedOn) from ModuleCompletion m where m.holderId = :h "
                        + "and m.moduleCode in :topics group by m.moduleCode", Object[].class)
                .setParameter("h", holderId).setParameter("topics", Modules.CONTINUING).getResultList()
                .forEach(r -> last.put((String) r[0], (LocalDate) r[1]));
        LocalDate day = JobDays.today(today);
        List<OutboxMail> mails = new ArrayList<>();
        for (ContinuingTopics.Due due : ContinuingTopics.falling(last, intervals, day)) {
            String when = due.neverTaken() ? MailTemplates.text("continuingTopic.never")
                    : MailTemplates.text("continuingTopic.dueOn", due.dueOn());
            mails.add(new OutboxMail("continuing:" + holderId + ":" + due.topic() + ":" + due.occurrence(),
                    holder.getEmail(),
                    MailTemplates.text("continuingTopic.subject", titles.get(due.topic()), when),
                    MailTemplates.text("continuingTopic.body", holder.getFullName(), "Group " + group.name(),
                            titles.get(due.topic()), when, last.containsKey(due.topic()) ? last.get(due.topic())
                                    : MailTemplates.text("continuingTopic.neverTaken"))));
        }
        return mails.isEmpty() ? null : mails;
    }

    private void loadTopics() {
        if (intervals != null) {
            return;
        }
        intervals = new HashMap<>();
        titles = new HashMap<>();
        em.createQuery("select c from CourseModule c where c.code in :topics", CourseModule.class)
                .setParameter("topics", Modules.CONTINUING).getResultList().forEach(c -> {
                    intervals.put(c.getCode(), c.getIntervalMonths());
                    titles.put(c.getCode(), c.getTitleJa());
                });
    }
}
