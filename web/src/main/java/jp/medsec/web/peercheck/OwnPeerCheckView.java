package jp.medsec.web.peercheck;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.peercheck.PeerCheckParticipation;
import jp.medsec.shared.JapaneseDates;
import jp.medsec.web.faces.FacesMessages;
import jp.medsec.web.i18n.Messages;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * A hospital's checks ({@code /institution/peer-checks.xhtml}). A LEADING hospital's officer in the year's cycle:
 * conflicts of interest and the months it cannot host or visit while the plan is a draft; whom it checks and who
 * checks it once published; the security checks SELF_DEFENDING hospitals ask of it (accept or decline, close after the
 * re-check). A SELF_DEFENDING hospital's officer asks a LEADING hospital for a security check. Every check's visit date,
 * team and steps.
 */
@Named
@ViewScoped
public class OwnPeerCheckView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PeerCheckParticipation participation;

    @Inject
    private Messages messages;

    @Inject
    private jp.medsec.peercheck.PeerCheckTimeline timeline;

    @Inject
    private jp.medsec.peercheck.SecurityChecks securityChecks;

    private boolean mayRequest;
    private transient List<jp.medsec.peercheck.LeadingHospitals.Candidate> candidates;
    private String checkerCode;
    private String requestNote;
    private final java.util.Map<Long, String> answer = new java.util.HashMap<>();


    private transient List<jp.medsec.peercheck.CheckView> checks;
    private final java.util.Map<Long, LocalDate> proposal = new java.util.HashMap<>();
    private final java.util.Map<Long, String> team = new java.util.HashMap<>();
    private String calendarPath;

    private Integer year;
    private transient PeerCheckParticipation.Mine mine;
    /** Month names (APRIL …), as the checkboxes send them. */
    private List<String> cannotHost = new ArrayList<>();
    private List<String> cannotVisit = new ArrayList<>();
    private String otherCode;
    private String reason;

    public void load() {
        if (year == null) {
            year = jp.medsec.certification.CertificationCycle.fiscalYearOf(JapaneseDates.today());
        }
        mine = participation.mine(year).orElse(null);
        checks = timeline.mine();
        checks.forEach(c -> team.putIfAbsent(c.id(), c.team()));
        calendarPath = timeline.calendarPath();
        mayRequest = securityChecks.mayRequest();
        candidates = mayRequest ? securityChecks.candidates() : List.of();
        if (mine != null) {
            cannotHost = new ArrayList<>(mine.cannotHost().stream().map(Month::name).toList());
            cannotVisit = new ArrayList<>(mine.cannotVisit().stream().map(Month::name).toList());
        }
    }

    public void propose(jp.medsec.peercheck.CheckView check) {
        LocalDate date = proposal.get(check.id());
        if (FacesMessages.attempt(() -> timeline.propose(check.id(), date), messages.get("peerchecks.proposed"))) {
            proposal.remove(check.id());
        }
        load();
    }

    public void confirm(jp.medsec.peercheck.CheckView check) {
        FacesMessages.attempt(() -> timeline.confirm(check.id()), messages.get("peerchecks.confirmedDone"));
        load();
    }

    public void saveTeam(jp.medsec.peercheck.CheckView check) {
        FacesMessages.attempt(() -> timeline.nameTeam(check.id(), team.get(check.id())), messages.get("peerchecks.teamSaved"));
        load();
    }

    public void requestCheck() {
        if (checkerCode == null || checkerCode.isBlank()) {
            FacesMessages.error(messages.get("securitychecks.chooseChecker"));
            return;
        }
        if (FacesMessages.attempt(() -> securityChecks.request(checkerCode, requestNote),
                messages.get("securitychecks.requested"))) {
            checkerCode = null;
            requestNote = null;
        }
        load();
    }

    public void accept(jp.medsec.peercheck.CheckView check) {
        FacesMessages.attempt(() -> securityChecks.accept(check.id(), answer.get(check.id())),
                messages.get("securitychecks.accepted"));
        load();
    }

    public void decline(jp.medsec.peercheck.CheckView check) {
        String reason = answer.get(check.id());
        if (reason == null || reason.isBlank()) {
            FacesMessages.error(messages.get("securitychecks.declineReason"));
            return;
        }
        FacesMessages.attempt(() -> securityChecks.decline(check.id(), reason), messages.get("securitychecks.declined"));
        load();
    }

    public void close(jp.medsec.peercheck.CheckView check) {
        FacesMessages.attempt(() -> securityChecks.close(check.id()), messages.get("securitychecks.closed"));
        load();
    }

    public boolean isMayRequest() {
        return mayRequest;
    }

    public List<jp.medsec.peercheck.LeadingHospitals.Candidate> getCandidates() {
        return candidates;
    }

    public String getCheckerCode() {
        return checkerCode;
    }

    public void setCheckerCode(String checkerCode) {
        this.checkerCode = checkerCode;
    }

    public String getRequestNote() {
        return requestNote;
    }

    public void setRequestNote(String requestNote) {
        this.requestNote = requestNote;
    }

    public java.util.Map<Long, String> getAnswer() {
        return answer;
    }

    public void renewCalendar() {
        FacesMessages.attempt(() -> timeline.renewCalendar(), messages.get("peerchecks.calendarRenewed"));
        load();
    }

    /** The subscription address of the hospital's calendar. */
    public String getCalendarUrl() {
        return jp.medsec.web.PublicAddress.of((jakarta.servlet.http.HttpServletRequest) jakarta.faces.context.FacesContext
                .getCurrentInstance().getExternalContext().getRequest()) + calendarPath;
    }

    public String calendarUrlOf(jp.medsec.peercheck.CheckView check) {
        return getCalendarUrl() + "&check=" + check.id();
    }

    public List<jp.medsec.peercheck.CheckView> getChecks() {
        return checks;
    }

    public java.util.Map<Long, LocalDate> getProposal() {
        return proposal;
    }

    public java.util.Map<Long, String> getTeam() {
        return team;
    }

    public void declare() {
        if (otherCode == null || otherCode.isBlank()) {
            FacesMessages.error(messages.get("peerchecks.conflictChooseOther"));
            return;
        }
        if (FacesMessages.attempt(() -> participation.declareConflict(year, otherCode, reason),
                messages.get("peerchecks.conflictSaved"))) {
            otherCode = null;
            reason = null;
        }
        load();
    }

    public void saveMonths() {
        FacesMessages.attempt(() -> participation.unavailable(year, set(cannotHost), set(cannotVisit)),
                messages.get("peerchecks.monthsSaved"));
        load();
    }

    private static EnumSet<Month> set(List<String> months) {
        EnumSet<Month> set = EnumSet.noneOf(Month.class);
        for (String name : months) {
            set.add(Month.valueOf(name));
        }
        return set;
    }

    /** The months of a fiscal year, April first. */
    public List<Month> getFiscalMonths() {
        List<Month> months = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            months.add(Month.APRIL.plus(i));
        }
        return months;
    }

    public String monthName(Month month) {
        return month.getDisplayName(TextStyle.SHORT, messages.locale());
    }

    public String monthNames(java.util.Collection<Month> months) {
        return months.isEmpty() ? messages.get("peerchecks.noMonths")
                : String.join(", ", getFiscalMonths().stream().filter(months::contains).map(this::monthName).toList());
    }

    public PeerCheckParticipation.Mine getMine() {
        return mine;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public List<String> getCannotHost() {
        return cannotHost;
    }

    public void setCannotHost(List<String> cannotHost) {
        this.cannotHost = cannotHost;
    }

    public List<String> getCannotVisit() {
        return cannotVisit;
    }

    public void setCannotVisit(List<String> cannotVisit) {
        this.cannotVisit = cannotVisit;
    }

    public String getOtherCode() {
        return otherCode;
    }

    public void setOtherCode(String otherCode) {
        this.otherCode = otherCode;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
