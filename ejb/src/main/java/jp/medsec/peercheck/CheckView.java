package jp.medsec.peercheck;

import java.time.LocalDate;
import java.util.List;

/**
 * One check as a hospital's officer sees it: the two hospitals, the visit date proposed or confirmed, the team and the
 * dated steps that follow from the date.
 *
 * @param kind    a mutual check of a cycle, or a security check of a SELF_DEFENDING hospital
 * @param open    whether it is scheduled and worked on: a published cycle's pair, or an accepted security check not
 *                yet closed
 * @param side    the viewer's side in the check
 * @param auditId the audit the check is carried out on, once the visit is agreed
 */
public record CheckView(long id, CheckKind kind, int fiscalYear, boolean open, CheckSide side, String checkedCode,
                        String checkedName, String checkerCode, String checkerName, LocalDate proposedVisitOn,
                        CheckSide proposedBy, LocalDate visitOn, String team, int sequence, List<Step> steps,
                        Long auditId, RequestState requestState, String requestNote, String answerNote,
                        boolean closed) {

    /**
     * A step and its date; tentative until both sides have agreed the visit date; done as the check's audit shows
     * ({@link Progress}); overdue when its date has passed and it is not done.
     */
    public record Step(CheckStep step, LocalDate date, boolean tentative, boolean past, boolean done) {

        public boolean overdue() {
            return past && !done;
        }
    }

    /**
     * How far the check's audit has come: documents supplied by the checked hospital, the report completed, every
     * finding remediated (none open or in progress), every finding verified by the checker.
     */
    public record Progress(boolean documentsIn, boolean reported, boolean remediated, boolean verified) {

        public static final Progress NONE = new Progress(false, false, false, false);

        public boolean done(CheckStep step, boolean confirmed, boolean visited) {
            return switch (step) {
                case DOCUMENT_REQUEST -> confirmed;
                case DOCUMENTS_DUE -> documentsIn;
                case SITE_VISIT -> visited;
                case REPORT_DUE -> reported;
                case REMEDIATION_DUE -> reported && remediated;
                case RECHECK -> reported && verified;
            };
        }
    }

    public boolean confirmed() {
        return visitOn != null;
    }

    /** Whether the viewer may confirm the proposal: one made by the other side, not yet confirmed. */
    public boolean confirmable() {
        return proposedVisitOn != null && visitOn == null && proposedBy != side;
    }

    /** Whether the viewer may close the check: the checking hospital of an open security check. */
    public boolean closable() {
        return kind == CheckKind.SECURITY && open && side == CheckSide.CHECKER;
    }

    /** Whether the viewer may answer the request: the checking hospital of a security check not yet answered. */
    public boolean answerable() {
        return requestState == RequestState.REQUESTED && side == CheckSide.CHECKER;
    }

    public static CheckView of(PeerCheck c, CheckSide side, LocalDate today) {
        return of(c, side, today, Progress.NONE);
    }

    public static CheckView of(PeerCheck c, CheckSide side, LocalDate today, Progress progress) {
        LocalDate visit = c.plannedVisit();
        boolean visited = c.isConfirmed() && !c.getVisitOn().isAfter(today);
        List<Step> steps = visit == null ? List.of() : java.util.Arrays.stream(CheckStep.values())
                .map(s -> new Step(s, s.dateFor(visit), !c.isConfirmed(), s.dateFor(visit).isBefore(today),
                        progress.done(s, c.isConfirmed(), visited))).toList();
        return new CheckView(c.getId(), c.getKind(), c.getFiscalYear(), c.isOpen(), side,
                c.getChecked().getInstitutionCode(), c.getChecked().getName(), c.getChecker().getInstitutionCode(),
                c.getChecker().getName(), c.getProposedVisitOn(), c.getProposedBy(), c.getVisitOn(), c.getTeam(),
                c.getSequence(), steps, c.getAudit() == null ? null : c.getAudit().getId(), c.getRequestState(),
                c.getRequestNote(), c.getAnswerNote(), c.getClosedAt() != null);
    }
}
