package jp.medsec.training;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jp.medsec.account.Role;
import jp.medsec.imports.ImportReport;
import jp.medsec.imports.Imports;
import jp.medsec.institution.InstitutionAccess;
import jp.medsec.shared.NotFound;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;

/**
 * Staff rosters and training records sent as CSV files (API.md "Staff and training records"), through the streamed
 * {@code csv-import} job: a roster to the institution the caller may change (its officer) or any (staff); records for
 * any institution (staff, training providers) or the officer's own (other lines are refused lines).
 */
@Stateless
@RolesAllowed({Role.STAFF_NAME, Role.INSTITUTION_OFFICER_NAME, Role.TRAINING_PROVIDER_NAME})
public class TrainingImports {

    /** How long a sender waits for the import's answer; a 100 MiB file takes well under this. */
    public static final Duration PATIENCE = Duration.ofMinutes(15);

    @EJB
    private Imports imports;

    @Inject
    private InstitutionAccess access;

    /** An import started, or a file refused whole. */
    public record Outcome(Long runId, ImportReport refusal) {
    }

    /** The institution's id by its code, if the caller may send its roster; else {@link NotFound}. */
    @RolesAllowed({Role.STAFF_NAME, Role.INSTITUTION_OFFICER_NAME})
    public long rosterTarget(@NotNull String institutionCode) {
        return access.readableByCode(institutionCode);
    }

    @RolesAllowed({Role.STAFF_NAME, Role.INSTITUTION_OFFICER_NAME})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Outcome submitRoster(long institutionId, String fileName, @NotNull InputStream content, String charset) {
        if (!(access.isStaff() || access.isOwn(institutionId))) {
            throw new NotFound("There is no institution " + institutionId);
        }
        return outcome(imports.submit(StaffRosterLines.KIND, institutionId, fileName, content, charset));
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Outcome submitRecords(String fileName, @NotNull InputStream content, String charset) {
        return outcome(imports.submit(TrainingRecordLines.KIND, null, fileName, content, charset));
    }

    /** Waits for the import's end and answers its report with every refused line. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportReport await(long runId) {
        return imports.await(runId, PATIENCE, 0).orElseThrow(() -> new IllegalStateException(
                "The import " + runId + " did not finish within " + PATIENCE.toMinutes() + " minutes"));
    }

    /** Refused lines of the import in file order, a page at a time. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ImportReport.LineError> errors(long runId, int first, int max) {
        return imports.errors(runId, first, max);
    }

    private static Outcome outcome(Imports.Submission submission) {
        return new Outcome(submission.runId(), submission.refusal());
    }
}
