package jp.medsec.certification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jp.medsec.account.CurrentAccount;
import jp.medsec.account.Role;
import jp.medsec.points.CertificationTranscript;
import jp.medsec.points.PointEntry;
import jp.medsec.points.PointLedger;
import jp.medsec.points.TranscriptAssembler;

import java.util.List;
import java.util.Optional;

/** A holder's own certifications: always those of the signed-in account's holder, never of an id sent by a client. */
@Stateless
@RolesAllowed(Role.HOLDER_NAME)
public class MyCertifications {

    /** What the holder's page shows: who, each certification's transcript, and the points ledger (newest first). */
    public record Overview(Holder holder, List<CertificationTranscript> transcripts, List<PointEntry> ledger) {
    }

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private HolderRepository holders;

    @Inject
    private TranscriptAssembler transcripts;

    @Inject
    private PointLedger ledger;

    public Optional<Holder> me() {
        return currentAccount.caller()
                .map(CurrentAccount.Caller::holderId)
                .flatMap(holders::find)
                .map(h -> {
                    h.getCertifications().forEach(Certification::getStatus); // loaded before the transaction ends
                    return h;
                });
    }

    /** Agree, or no longer agree, to appear in the public directory (kept in the holder's history). */
    public boolean changeDirectoryConsent(boolean consent) {
        Holder holder = me().orElseThrow(() -> new IllegalStateException("This account is linked to no holder"));
        if (consent) {
            holder.consentToDirectory();
        } else {
            holder.withdrawDirectoryConsent();
        }
        return holder.isDirectoryConsent();
    }

    public Optional<Overview> overview() {
        return me().map(h -> new Overview(h, transcripts.transcriptsOf(h), ledger.entriesOf(h.getId())));
    }
}
