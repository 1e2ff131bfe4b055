package jp.medsec.web.meeting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.geo.Prefecture;
import jp.medsec.geo.PrefectureRepository;
import jp.medsec.meeting.Meetings;
import jp.medsec.meeting.RegistrationState;
import jp.medsec.shared.NotFound;
import jp.medsec.web.faces.FacesMessages;
import jp.medsec.web.faces.Pages;
import jp.medsec.web.i18n.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One conference or drill ({@code /institution/meeting.xhtml?id=}, {@code /staff/meeting.xhtml?id=}): its details; an
 * invited officer registers people and withdraws them; the host (or staff) sees everyone registered, records who
 * came in one save, changes the meeting or calls it off. Whoever may not see it gets 404.
 */
@Named
@ViewScoped
public class MeetingView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Meetings meetings;

    @Inject
    private PrefectureRepository prefectureRepository;

    @Inject
    private Messages messages;

    private String id;
    private long meetingId;
    private transient Meetings.Detail detail;
    private transient List<Prefecture> prefectures;
    private String participantName;
    private String participantRole;
    /** Registration id to PRESENT, ABSENT or empty (not recorded), as the attendance buttons give it. */
    private final Map<Long, String> presence = new HashMap<>();
    private MeetingForm form;
    private boolean editing;
    private String cancelReason;

    public void load() throws IOException {
        if (detail != null) {
            return;
        }
        Long parsed = Pages.id(id).orElse(null);
        if (parsed == null) {
            Pages.notFound("No such meeting");
            return;
        }
        try {
            meetingId = parsed;
            reload();
        } catch (NotFound e) {
            Pages.notFound("No such meeting");
        }
    }

    private void reload() {
        detail = meetings.one(meetingId);
        presence.clear();
        for (Meetings.RegistrationLine line : detail.registrations()) {
            presence.put(line.id(), line.attended() == null ? "" : line.attended() ? "PRESENT" : "ABSENT");
        }
    }

    public void register() {
        RegistrationState[] state = new RegistrationState[1];
        if (FacesMessages.attempt(() -> state[0] = meetings.register(meetingId, participantName, participantRole), null)) {
            FacesMessages.info(messages.format(state[0] == RegistrationState.CONFIRMED ? "meeting.registered"
                    : "meeting.waitlisted", participantName.strip()));
            participantName = null;
            participantRole = null;
        }
        reload();
    }

    public void withdraw(Meetings.RegistrationLine line) {
        FacesMessages.attempt(() -> meetings.withdraw(line.id()),
                messages.format("meetings.withdrawn", line.participantName()));
        reload();
    }

    public void saveAttendance() {
        Map<Long, Boolean> present = new HashMap<>();
        for (Meetings.RegistrationLine line : getDetail().registrations()) {
            String value = presence.get(line.id());
            if (line.state() == RegistrationState.CONFIRMED && value != null && !value.isEmpty()) {
                present.put(line.id(), "PRESENT".equals(value));
            }
        }
        if (present.isEmpty()) {
            FacesMessages.warn(messages.get("meeting.attendanceNone"));
            return;
        }
        long count = present.values().stream().filter(Boolean::booleanValue).count();
        FacesMessages.attempt(() -> meetings.recordAttendance(meetingId, present),
                messages.format("meeting.attendanceSaved", count, present.size()));
        reload();
    }

    public void edit() {
        form = MeetingForm.of(getDetail().meeting());
        editing = true;
    }

    public void saveChanges() {
        if (FacesMessages.attempt(() -> meetings.revise(meetingId, form.details()), messages.get("meeting.changed"))) {
            editing = false;
        }
        reload();
    }

    public void cancelEditing() {
        editing = false;
    }

    public void callOff() {
        if (FacesMessages.attempt(() -> meetings.cancel(meetingId, cancelReason), messages.get("meeting.calledOff"))) {
            cancelReason = null;
        }
        reload();
    }

    /** The certificate's address under the reader's part of the site. */
    public String certificateLink(Meetings.RegistrationLine line, boolean staff) {
        return (staff ? "/staff" : "/institution") + "/documents/participation?id=" + line.id();
    }

    /** The meeting; read again when the view comes back without it (it is not kept in the session). */
    public Meetings.Detail getDetail() {
        if (detail == null && meetingId != 0) {
            detail = meetings.one(meetingId);
        }
        return detail;
    }

    public List<Prefecture> getPrefectures() {
        if (prefectures == null) {
            prefectures = prefectureRepository.findAll();
        }
        return prefectures;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getParticipantName() {
        return participantName;
    }

    public void setParticipantName(String participantName) {
        this.participantName = participantName;
    }

    public String getParticipantRole() {
        return participantRole;
    }

    public void setParticipantRole(String participantRole) {
        this.participantRole = participantRole;
    }

    public Map<Long, String> getPresence() {
        return presence;
    }

    public MeetingForm getForm() {
        return form;
    }

    public boolean isEditing() {
        return editing;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }
}
