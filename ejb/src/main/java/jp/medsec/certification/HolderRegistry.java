package jp.medsec.certification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jp.medsec.account.Role;
import jp.medsec.certification.points.PointLedger;
import jp.medsec.certification.points.TranscriptAssembler;
import jp.medsec.history.Revision;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The association staff's view of holders: search and the holder page with history. */
@Stateless
@RolesAllowed(Role.STAFF_NAME)
public class HolderRegistry {

    @Inject
    private HolderRepository holders;

    @Inject
    private TranscriptAssembler transcripts;

    @Inject
    private PointLedger ledger;

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    public List<HolderSummary> search(@NotNull(message = "{search.required}") HolderSearch search, HolderSearch.Sort sort,
                                      boolean ascending, @Min(0) int first, @Min(1) @Max(500) int pageSize) {
        return holders.search(search, sort, ascending, first, pageSize);
    }

    public long count(@NotNull(message = "{search.required}") HolderSearch search) {
        return holders.count(search);
    }

    public Optional<HolderDetail> detail(long holderId) {
        return holders.find(holderId).map(h -> new HolderDetail(h, List.copyOf(h.getCertifications()),
                transcripts.transcriptsOf(h), ledger.entriesOf(h.getId()), history(h)));
    }

    private List<HolderDetail.HistoryEntry> history(Holder holder) {
        AuditReader reader = AuditReaderFactory.get(em);
        List<HolderDetail.HistoryEntry> entries = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> holderRevisions = reader.createQuery().forRevisionsOfEntity(Holder.class, false, true)
                .add(AuditEntity.id().eq(holder.getId())).getResultList();
        for (Object[] row : holderRevisions) {
            Holder state = (Holder) row[0];
            entries.add(entry((Revision) row[1], (RevisionType) row[2], holder.getFullName(),
                    state.getFullName() + " / " + state.getFullNameKana() + (state.getEmail() == null ? "" : " / " + state.getEmail()),
                    null, null));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> certificationRevisions = reader.createQuery().forRevisionsOfEntity(Certification.class, false, true)
                .add(AuditEntity.relatedId("holder").eq(holder.getId())).getResultList();
        for (Object[] row : certificationRevisions) {
            Certification state = (Certification) row[0];
            entries.add(entry((Revision) row[1], (RevisionType) row[2], state.getCertificateNumber(),
                    state.getValidFrom() + " – " + state.getValidUntil()
                            + (state.getStatusReason() == null ? "" : " (" + state.getStatusReason() + ")"),
                    state.getType(), state.getStatus()));
        }
        entries.sort(Comparator.comparing(HolderDetail.HistoryEntry::at).reversed());
        return entries;
    }

    private static HolderDetail.HistoryEntry entry(Revision revision, RevisionType type, String subject, String state,
                                                   CertificationType certificationType, CertificationStatus status) {
        HolderDetail.HistoryEntry.Kind kind = switch (type) {
            case ADD -> HolderDetail.HistoryEntry.Kind.CREATED;
            case MOD -> HolderDetail.HistoryEntry.Kind.CHANGED;
            case DEL -> HolderDetail.HistoryEntry.Kind.DELETED;
        };
        return new HolderDetail.HistoryEntry(revision.getChangedAt(), revision.getChangedBy(), kind, subject, state,
                certificationType, status);
    }
}
