package jp.medsec.web.consultation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.consultation.Consultations;
import jp.medsec.institution.InstitutionTier;
import jp.medsec.peercheck.LeadingHospitals;
import jp.medsec.web.faces.FacesMessages;
import jp.medsec.web.i18n.Messages;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Advice between hospitals ({@code /institution/consultations.xhtml}): an ASSISTED hospital's officer asks a LEADING
 * hospital a security question and reads the answer; a LEADING hospital's officer answers the questions asked of it.
 */
@Named
@ViewScoped
public class ConsultationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Consultations consultations;

    @Inject
    private Messages messages;

    private InstitutionTier tier;
    private transient List<Consultations.Line> lines;
    private transient List<LeadingHospitals.Candidate> advisers;
    private String adviserCode;
    private String subject;
    private String question;
    private final Map<Long, String> answer = new HashMap<>();

    public void load() {
        tier = consultations.ownTier();
        lines = consultations.mine();
        advisers = consultations.advisers();
    }

    public void ask() {
        if (adviserCode == null || adviserCode.isBlank()) {
            FacesMessages.error(messages.get("consultations.chooseAdviser"));
            return;
        }
        if (FacesMessages.attempt(() -> consultations.ask(adviserCode, subject, question),
                messages.get("consultations.asked"))) {
            adviserCode = null;
            subject = null;
            question = null;
        }
        load();
    }

    public void answer(Consultations.Line line) {
        if (FacesMessages.attempt(() -> consultations.answer(line.id(), answer.get(line.id())),
                messages.get("consultations.answered"))) {
            answer.remove(line.id());
        }
        load();
    }

    public boolean isAsking() {
        return tier == InstitutionTier.ASSISTED;
    }

    public boolean isAdvising() {
        return tier == InstitutionTier.LEADING;
    }

    /** Read again when the session comes back without them (they are not kept in the session's copy). */
    public List<Consultations.Line> getLines() {
        if (lines == null) {
            lines = consultations.mine();
        }
        return lines;
    }

    public List<LeadingHospitals.Candidate> getAdvisers() {
        if (advisers == null) {
            advisers = consultations.advisers();
        }
        return advisers;
    }

    public String getAdviserCode() {
        return adviserCode;
    }

    public void setAdviserCode(String adviserCode) {
        this.adviserCode = adviserCode;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public Map<Long, String> getAnswer() {
        return answer;
    }
}
