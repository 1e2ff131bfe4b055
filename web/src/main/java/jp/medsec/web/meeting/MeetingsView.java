package jp.medsec.web.meeting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.geo.Prefecture;
import jp.medsec.geo.PrefectureRepository;
import jp.medsec.meeting.Meetings;
import jp.medsec.web.faces.FacesMessages;
import jp.medsec.web.faces.Pages;
import jp.medsec.web.i18n.Messages;

import java.io.Serializable;
import java.util.List;

/**
 * Conferences and drills for an institution's officer ({@code /institution/meetings.xhtml}): the meetings the hospital
 * is invited to, its people's registrations (withdraw, certificate), and for a LEADING hospital the meetings it holds
 * and the form to announce one.
 */
@Named
@ViewScoped
public class MeetingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Meetings meetings;

    @Inject
    private PrefectureRepository prefectureRepository;

    @Inject
    private Messages messages;

    private boolean host;
    private transient List<Meetings.Line> open;
    private transient List<Meetings.Line> hosted;
    private transient List<Meetings.RegistrationLine> registrations;
    private transient List<Prefecture> prefectures;
    private MeetingForm form = new MeetingForm();

    public void load() {
        host = meetings.mayHost();
        open = meetings.open();
        hosted = host ? meetings.hosted() : List.of();
        registrations = meetings.ownRegistrations();
    }

    public String announce() {
        Long[] id = new Long[1];
        if (FacesMessages.attempt(() -> id[0] = meetings.announce(form.getKind(), form.details()), null)) {
            Pages.keepMessage(messages.get("meetings.announced"));
            return "/institution/meeting?faces-redirect=true&id=" + id[0];
        }
        return null;
    }

    public void withdraw(Meetings.RegistrationLine line) {
        FacesMessages.attempt(() -> meetings.withdraw(line.id()),
                messages.format("meetings.withdrawn", line.participantName()));
        load();
    }

    public boolean isHost() {
        return host;
    }

    public List<Meetings.Line> getOpen() {
        if (open == null) {
            load(); // the view came back without its lists (they are not kept in the session)
        }
        return open;
    }

    public List<Meetings.Line> getHosted() {
        if (hosted == null) {
            load(); // the view came back without its lists (they are not kept in the session)
        }
        return hosted;
    }

    public List<Meetings.RegistrationLine> getRegistrations() {
        if (registrations == null) {
            load(); // the view came back without its lists (they are not kept in the session)
        }
        return registrations;
    }

    public List<Prefecture> getPrefectures() {
        if (prefectures == null) {
            prefectures = prefectureRepository.findAll();
        }
        return prefectures;
    }

    public MeetingForm getForm() {
        return form;
    }
}
