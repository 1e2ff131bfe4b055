package jp.medsec.imports.jobs;

import jakarta.enterprise.inject.Instance;
import jp.medsec.imports.CsvLineImporter;
import jp.medsec.imports.ImportRuns;

/**
 * The upload a step of the csv-import job works on, the subject's importer for its kind and the step's refused lines
 * not written yet. The reader finds it once when the step opens and keeps it in the step context's transient data,
 * where the processor, the writer and the skip listener take it.
 */
record ImportedUpload(ImportRuns.Progress run, CsvLineImporter importer, CsvLineImporter.ImportJob job,
                      jp.medsec.imports.RefusedLines refused) {

    static ImportedUpload of(jakarta.batch.runtime.context.StepContext step) {
        return (ImportedUpload) step.getTransientUserData();
    }

    static ImportedUpload of(String importId, ImportRuns runs, Instance<CsvLineImporter> importers) {
        long id = Long.parseLong(importId);
        ImportRuns.Progress run = runs.find(id).orElseThrow(() -> new IllegalStateException("There is no import " + id));
        CsvLineImporter importer = importers.stream().filter(i -> i.kind().equals(run.kind())).findFirst()
                .orElseThrow(() -> new IllegalStateException("No importer reads " + run.kind()));
        return new ImportedUpload(run, importer, new CsvLineImporter.ImportJob(id, run.kind(), run.targetId(),
                run.submittedBy(), run.submittedAt()), new jp.medsec.imports.RefusedLines(id, runs));
    }
}
