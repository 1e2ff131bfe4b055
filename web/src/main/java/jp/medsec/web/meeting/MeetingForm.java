package jp.medsec.web.meeting;

import jp.medsec.institution.InstitutionTier;
import jp.medsec.meeting.Meeting;
import jp.medsec.meeting.MeetingKind;
import jp.medsec.shared.InputRejected;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * What an announcement or a change of a meeting asks for, as the form holds it: the day with a start and end time in
 * Japan, the invited tiers and prefectures as the checkboxes give them.
 */
public class MeetingForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private MeetingKind kind = MeetingKind.CONFERENCE;
    private String organiser;
    private String title;
    private String programme;
    private LocalDate day;
    private String startTime = "13:30";
    private String endTime = "16:30";
    private String place;
    private String onlineLink;
    private Integer capacity = 50;
    private List<String> tiers = new ArrayList<>(List.of(InstitutionTier.SELF_DEFENDING.name(),
            InstitutionTier.ASSISTED.name()));
    private List<String> prefectures = new ArrayList<>();

    /** The form filled from a meeting, to change it. */
    public static MeetingForm of(Meeting meeting) {
        MeetingForm form = new MeetingForm();
        form.kind = meeting.getKind();
        form.organiser = meeting.getOrganiser();
        form.title = meeting.getTitle();
        form.programme = meeting.getProgramme();
        form.day = meeting.getStartsAt().atZone(JAPAN).toLocalDate();
        form.startTime = meeting.getStartsAt().atZone(JAPAN).toLocalTime().toString();
        form.endTime = meeting.getEndsAt().atZone(JAPAN).toLocalTime().toString();
        form.place = meeting.getPlace();
        form.onlineLink = meeting.getOnlineLink();
        form.capacity = meeting.getCapacity();
        form.tiers = new ArrayList<>(meeting.getInvitedTiers().stream().map(Enum::name).sorted().toList());
        form.prefectures = new ArrayList<>(meeting.getInvitedPrefectures().stream().map(String::valueOf).toList());
        return form;
    }

    /** The details the service checks; a missing day or an unreadable time is refused here, naming the field. */
    public Meeting.Details details() {
        if (day == null) {
            throw new InputRejected("meeting.when", "day: choose the day");
        }
        LocalTime starts = time(startTime, "startTime");
        LocalTime ends = time(endTime, "endTime");
        return new Meeting.Details(title, programme, day.atTime(starts).atZone(JAPAN).toInstant(),
                day.atTime(ends).atZone(JAPAN).toInstant(), place, onlineLink, capacity == null ? 0 : capacity,
                tiers == null ? List.of() : tiers.stream().map(InstitutionTier::valueOf).toList(),
                prefectures == null ? List.of() : prefectures.stream().map(Integer::valueOf).toList());
    }

    private static LocalTime time(String text, String field) {
        try {
            return LocalTime.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new InputRejected("meeting.time", field + ": a time as HH:mm, was " + text, text);
        }
    }

    public MeetingKind getKind() {
        return kind;
    }

    public void setKind(MeetingKind kind) {
        this.kind = kind;
    }

    public String getOrganiser() {
        return organiser;
    }

    public void setOrganiser(String organiser) {
        this.organiser = organiser;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public String getStartTime() {
        return startTime;
    }

    public void setStartTime(String startTime) {
        this.startTime = startTime;
    }

    public String getEndTime() {
        return endTime;
    }

    public void setEndTime(String endTime) {
        this.endTime = endTime;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public void setOnlineLink(String onlineLink) {
        this.onlineLink = onlineLink;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public List<String> getTiers() {
        return tiers;
    }

    public void setTiers(List<String> tiers) {
        this.tiers = tiers;
    }

    public List<String> getPrefectures() {
        return prefectures;
    }

    public void setPrefectures(List<String> prefectures) {
        this.prefectures = prefectures;
    }
}
