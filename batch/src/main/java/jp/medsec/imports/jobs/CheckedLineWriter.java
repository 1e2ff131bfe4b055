package jp.medsec.imports.jobs;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.imports.CsvLineImporter;
import jp.medsec.imports.ImportRuns;

import java.util.ArrayList;
import java.util.List;

/** Stores a chunk's good lines through the importer, all at once, and counts them in the same transaction. */
@Named
@Dependent
public class CheckedLineWriter extends AbstractItemWriter {

    @Inject
    private ImportRuns runs;

    @Inject
    private StepContext step;

    @Override
    public void writeItems(List<Object> items) {
        ImportedUpload upload = ImportedUpload.of(step);
        List<Object> toStore = new ArrayList<>(items.size());
        for (Object item : items) {
            if (item != CsvLineImporter.ALREADY_RECORDED) {
                toStore.add(item);
            }
        }
        if (!toStore.isEmpty()) {
            upload.importer().store(toStore, upload.job());
        }
        runs.count(upload.job().runId(), toStore.size(), items.size() - toStore.size());
        // The checkpoint saved with this chunk passes every line refused so far: they are written with it.
        upload.refused().write();
    }
}
