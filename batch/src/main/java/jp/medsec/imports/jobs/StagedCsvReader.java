package jp.medsec.imports.jobs;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.history.ActingFor;
import jp.medsec.imports.CsvStream;
import jp.medsec.imports.ImportRuns;
import jp.medsec.imports.StagedUploads;

import java.io.Serializable;
import java.nio.charset.Charset;

/**
 * Reads the staged upload one record at a time; the checkpoint is the number of records read, so that a restarted
 * step reads on after the last committed chunk. The step works on behalf of whoever submitted the file. It keeps the
 * step's {@link ImportedUpload} in the step context for the processor, the writer and the skip listener.
 */
@Named
@Dependent
public class StagedCsvReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    private String importId;

    @Inject
    private ImportRuns runs;

    @Inject
    @Any
    private Instance<jp.medsec.imports.CsvLineImporter> importers;

    @Inject
    private StepContext step;

    private ImportedUpload upload;
    private CsvStream stream;

    @Override
    public void open(Serializable checkpoint) {
        upload = ImportedUpload.of(importId, runs, importers);
        ActingFor.begin(upload.run().submittedBy());
        step.setTransientUserData(upload);
        stream = CsvStream.open(StagedUploads.open(upload.run().stagedPath(), Charset.forName(upload.run().charset())),
                upload.importer().identifyingColumns());
        if (checkpoint != null) {
            stream.skip((Long) checkpoint);
        }
    }

    @Override
    public Object readItem() {
        try {
            return stream.next();
        } catch (CsvStream.Malformed e) {
            // The rest of the file cannot be read as records: the line where it breaks is reported and reading ends.
            upload.refused().add(e.line(), null, "NOT_CSV", e.getMessage());
            return null;
        }
    }

    @Override
    public Serializable checkpointInfo() {
        return stream == null ? 0L : stream.recordsRead();
    }

    @Override
    public void close() {
        try {
            if (upload != null) {
                upload.refused().write(); // the step's last refused lines, in the transaction that closes it
            }
            if (stream != null) {
                stream.close();
            }
        } finally {
            ActingFor.end();
        }
    }
}
