package jp.medsec.it;

import jp.medsec.imports.ImportReport;
import jp.medsec.imports.Imports;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Duration;

/** Runs a CSV file through the import job as staff and waits for its report, as the upload pages do. */
final class ImportFiles {

    private ImportFiles() {
    }

    static ImportReport importAsStaff(AsStaff asStaff, Imports imports, String kind, Long target, byte[] content)
            throws Exception {
        return importAsStaff(asStaff, imports, kind, target, new ByteArrayInputStream(content), Integer.MAX_VALUE);
    }

    static ImportReport importAsStaff(AsStaff asStaff, Imports imports, String kind, Long target, InputStream content,
                                      int maxErrors) throws Exception {
        return asStaff.call(() -> {
            Imports.Submission submission = imports.submit(kind, target, "it.csv", content, null);
            if (submission.refused()) {
                return submission.refusal();
            }
            return imports.await(submission.runId(), Duration.ofMinutes(5), maxErrors)
                    .orElseThrow(() -> new AssertionError("The import " + submission.runId() + " did not finish"));
        });
    }
}
