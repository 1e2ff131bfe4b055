package jp.medsec.meeting;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.medsec.certification.CertificationCycle;
import jp.medsec.institution.Institution;
import jp.medsec.institution.InstitutionTier;
import jp.medsec.shared.InputRejected;
import jp.medsec.shared.Texts;
import jp.medsec.shared.RuleViolation;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * A conference or joint cyber drill (カンファレンス・サイバー攻撃合同訓練): who holds it (a LEADING hospital, or a public
 * body or vendor whose meeting staff enter), when and where (a place, an online link or both), how many people it
 * takes, and whom it invites (tiers, and prefectures when it is regional). Registration is open until it begins; it can
 * be changed or called off until attendance is recorded.
 */
@Entity
@Table(name = "meeting")
@Audited
public class Meeting implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX_TITLE = 200;
    public static final int MAX_PROGRAMME = 4000;
    public static final int MAX_PLACE = 300;
    public static final int MAX_LINK = 500;
    public static final int MAX_CAPACITY = 10_000;
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Integer version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private MeetingKind kind;

    /** The LEADING hospital that holds it; null for a public body's or vendor's meeting entered by staff. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "host_id", updatable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Institution host;

    @Column(nullable = false, length = MAX_TITLE)
    private String organiser;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(length = MAX_PROGRAMME)
    private String programme;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;

    @Column(length = MAX_PLACE)
    private String place;

    @Column(name = "online_link", length = MAX_LINK)
    private String onlineLink;

    @Column(nullable = false)
    private int capacity;

    /** Confirmed places: kept here, on the row a registration locks, so that the last place goes to one person. */
    @Column(name = "places_taken", nullable = false)
    private int placesTaken;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "meeting_tier", joinColumns = @JoinColumn(name = "meeting_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "tier", nullable = false, length = 16)
    @NotAudited
    private Set<InstitutionTier> invitedTiers = new TreeSet<>();

    /** Prefecture codes (JIS X 0401) of a regional meeting; none for a national one. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "meeting_prefecture", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "prefecture_code", nullable = false)
    @NotAudited
    private Set<Integer> invitedPrefectures = new TreeSet<>();

    @Column(name = "announced_by", nullable = false, length = 64, updatable = false)
    private String announcedBy;

    @Column(name = "announced_at", nullable = false, updatable = false)
    private Instant announcedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    protected Meeting() {
    }

    /**
     * Announces a meeting. The host, when given, must be a LEADING hospital; the organiser is the name readers see
     * (the host's name, or the public body or vendor).
     */
    public Meeting(MeetingKind kind, Institution host, String organiser, Details details, String announcedBy,
                   Instant announcedAt) {
        if (kind == null) {
            throw new InputRejected("meeting.kind", "kind: choose a conference or a drill");
        }
        if (host != null && host.getTier() != InstitutionTier.LEADING) {
            throw new RuleViolation("meeting.hostTier", "Only a leading institution holds conferences and drills ("
                    + host.getName() + " is " + host.getTier() + ")", host.getName());
        }
        this.kind = kind;
        this.host = host;
        this.organiser = Texts.required(host != null ? host.getName() : organiser, "meeting", "organiser", MAX_TITLE);
        this.announcedBy = announcedBy;
        this.announcedAt = announcedAt;
        apply(details, announcedAt);
    }

    /**
     * What the host writes and may change until attendance is recorded.
     *
     * @param invitedPrefectures prefecture codes of a regional meeting, empty for a national one
     */
    public record Details(String title, String programme, Instant startsAt, Instant endsAt, String place,
                          String onlineLink, int capacity, Collection<InstitutionTier> invitedTiers,
                          Collection<Integer> invitedPrefectures) {
    }

    /**
     * Changes the details of a meeting not yet begun and not called off; the capacity cannot fall below the places
     * already confirmed (those people were told they have one).
     */
    public void revise(Details details, Instant now) {
        if (isCancelled()) {
            throw new RuleViolation("meeting.cancelled", "The meeting " + id + " was called off");
        }
        if (!now.isBefore(startsAt)) {
            throw new RuleViolation("meeting.begun", "The meeting " + id + " has begun; it can no longer be changed");
        }
        if (details.capacity() < placesTaken) {
            throw new RuleViolation("meeting.capacityBelowConfirmed", "capacity: " + placesTaken
                    + " places are confirmed already", placesTaken);
        }
        apply(details, now);
    }

    /**
     * Registers a person of an invited institution: a confirmed place while one is free, else the waiting list. The
     * caller holds this meeting's row lock, so that two registrations for the last place cannot both take it.
     */
    public Registration register(Institution institution, String participantName, String participantRole,
                                 String registeredBy, Instant now) {
        checkRegistrable(institution, now);
        Registration registration = new Registration(this, institution, participantName, participantRole,
                hasFreePlace(), registeredBy, now);
        if (registration.getState() == RegistrationState.CONFIRMED) {
            placesTaken++;
        }
        return registration;
    }

    /** The same person registers again after withdrawing: to the back of the queue. */
    public void registerAgain(Registration registration, String participantRole, String registeredBy, Instant now) {
        checkRegistrable(registration.getInstitution(), now);
        registration.registerAgain(participantRole, hasFreePlace(), registeredBy, now);
        if (registration.getState() == RegistrationState.CONFIRMED) {
            placesTaken++;
        }
    }

    /** A registration is withdrawn; answers whether a place became free (the first waiting then moves up). */
    public boolean withdraw(Registration registration, Instant now) {
        if (!now.isBefore(endsAt)) {
            throw new RuleViolation("meeting.over", "The meeting " + id + " is over");
        }
        boolean freed = registration.cancel(now);
        if (freed) {
            placesTaken--;
        }
        return freed && hasFreePlace();
    }

    /** The first on the waiting list takes a free place. */
    public void moveUp(Registration waiting, Instant now) {
        if (!hasFreePlace()) {
            throw new IllegalStateException("No free place at meeting " + id);
        }
        waiting.moveUp(now);
        placesTaken++;
    }

    public boolean hasFreePlace() {
        return placesTaken < capacity;
    }

    private void checkRegistrable(Institution institution, Instant now) {
        if (!isOpenAt(now)) {
            throw new RuleViolation(isCancelled() ? "meeting.cancelled" : "meeting.closed",
                    "Registration for the meeting " + id + " is closed");
        }
        if (!invites(institution)) {
            throw new RuleViolation("meeting.notInvited", institution.getName() + " is not invited to " + title,
                    institution.getName());
        }
    }

    private void apply(Details details, Instant now) {
        if (details == null) {
            throw new InputRejected("meeting.title", "title is required");
        }
        String newTitle = Texts.required(details.title(), "meeting", "title", MAX_TITLE);
        if (details.startsAt() == null || details.endsAt() == null) {
            throw new InputRejected("meeting.when", "startsAt, endsAt: say when the meeting begins and ends");
        }
        if (!details.endsAt().isAfter(details.startsAt())) {
            throw new InputRejected("meeting.endsBeforeStart", "endsAt: the meeting ends before it begins");
        }
        if (!details.startsAt().isAfter(now)) {
            throw new InputRejected("meeting.inPast", "startsAt: a meeting is announced before it begins");
        }
        String newPlace = Texts.optional(details.place(), "meeting", "place", MAX_PLACE);
        String newLink = Texts.optional(details.onlineLink(), "meeting", "onlineLink", MAX_LINK);
        if (newPlace == null && newLink == null) {
            throw new InputRejected("meeting.where", "place, onlineLink: give a place, an online link or both");
        }
        if (newLink != null && !Texts.isWebAddress(newLink)) {
            throw new InputRejected("meeting.link", "onlineLink: not a web address (https://…): " + newLink, newLink);
        }
        if (details.capacity() < 1 || details.capacity() > MAX_CAPACITY) {
            throw new InputRejected("meeting.capacity", "capacity: 1.." + MAX_CAPACITY + ", was " + details.capacity(),
                    MAX_CAPACITY, details.capacity());
        }
        if (details.invitedTiers() == null || details.invitedTiers().isEmpty()) {
            throw new InputRejected("meeting.tiers", "invitedTiers: invite at least one tier");
        }
        for (Integer code : details.invitedPrefectures() == null ? Set.<Integer>of() : details.invitedPrefectures()) {
            if (code == null || code < 1 || code > 47) {
                throw new InputRejected("meeting.prefecture", "invitedPrefectures: no prefecture " + code, code);
            }
        }
        this.title = newTitle;
        this.programme = Texts.optional(details.programme(), "meeting", "programme", MAX_PROGRAMME);
        this.startsAt = details.startsAt();
        this.endsAt = details.endsAt();
        this.fiscalYear = CertificationCycle.fiscalYearOf(details.startsAt().atZone(JAPAN).toLocalDate());
        this.place = newPlace;
        this.onlineLink = newLink;
        this.capacity = details.capacity();
        this.invitedTiers.clear();
        this.invitedTiers.addAll(EnumSet.copyOf(details.invitedTiers()));
        this.invitedPrefectures.clear();
        if (details.invitedPrefectures() != null) {
            this.invitedPrefectures.addAll(details.invitedPrefectures());
        }
    }

    /** Calls the meeting off; once attendance is recorded it took place and stays. */
    public void cancel(String reason, boolean attendanceRecorded, Instant now) {
        if (isCancelled()) {
            throw new RuleViolation("meeting.cancelled", "The meeting " + id + " was called off already");
        }
        if (attendanceRecorded) {
            throw new RuleViolation("meeting.attended", "The meeting " + id + " has attendance recorded; it took place");
        }
        this.cancelReason = Texts.required(reason, "meeting", "reason", 500);
        this.cancelledAt = now;
    }

    /** Whether an institution of this tier and prefecture is invited (the host does not register at its own). */
    public boolean invites(Institution institution) {
        return invitedTiers.contains(institution.getTier())
                && (invitedPrefectures.isEmpty() || invitedPrefectures.contains(institution.getPrefecture().getCode()))
                && (host == null || !host.getId().equals(institution.getId()));
    }

    /** Registration is open from the announcement until the meeting begins, unless it is called off. */
    public boolean isOpenAt(Instant now) {
        return !isCancelled() && now.isBefore(startsAt);
    }

    /** Attendance is recorded from the day it begins. */
    public boolean hasBegunAt(Instant now) {
        return !now.isBefore(startsAt.atZone(JAPAN).toLocalDate().atStartOfDay(JAPAN).toInstant());
    }

    public boolean isHostedBy(long institutionId) {
        return host != null && host.getId() == institutionId;
    }

    public boolean isCancelled() {
        return cancelledAt != null;
    }

    public Long getId() {
        return id;
    }

    public MeetingKind getKind() {
        return kind;
    }

    public Institution getHost() {
        return host;
    }

    public String getOrganiser() {
        return organiser;
    }

    public String getTitle() {
        return title;
    }

    public String getProgramme() {
        return programme;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    public String getPlace() {
        return place;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public int getCapacity() {
        return capacity;
    }

    public int getPlacesTaken() {
        return placesTaken;
    }

    public Set<InstitutionTier> getInvitedTiers() {
        return Set.copyOf(invitedTiers);
    }

    public Set<Integer> getInvitedPrefectures() {
        return Set.copyOf(invitedPrefectures);
    }

    public String getAnnouncedBy() {
        return announcedBy;
    }

    public Instant getAnnouncedAt() {
        return announcedAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelReason() {
        return cancelReason;
    }
}
