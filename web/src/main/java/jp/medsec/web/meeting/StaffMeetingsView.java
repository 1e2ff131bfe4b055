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
 * Every conference and drill for staff ({@code /staff/meetings.xhtml}), the newest first, and the form to enter one
 * held by a public body or a vendor.
 */
@Named
@ViewScoped
public class StaffMeetingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Meetings meetings;

    @Inject
    private PrefectureRepository prefectureRepository;

    @Inject
    private Messages messages;

    private int first;
    private transient Meetings.Page page;
    private transient List<Prefecture> prefectures;
    private final MeetingForm form = new MeetingForm();

    public void load() {
        page = meetings.all(first);
    }

    public String announce() {
        Long[] id = new Long[1];
        if (FacesMessages.attempt(() -> id[0] = meetings.announceFor(form.getOrganiser(), form.getKind(),
                form.details()), null)) {
            Pages.keepMessage(messages.get("meetings.announced"));
            return "/staff/meeting?faces-redirect=true&id=" + id[0];
        }
        return null;
    }

    public void next() {
        if (first + Meetings.PAGE < getPage().total()) {
            first += Meetings.PAGE;
        }
        load();
    }

    public void previous() {
        first = Math.max(0, first - Meetings.PAGE);
        load();
    }

    public Meetings.Page getPage() {
        if (page == null) {
            load(); // the view came back without its list (it is not kept in the session)
        }
        return page;
    }

    public int getFirst() {
        return first;
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
