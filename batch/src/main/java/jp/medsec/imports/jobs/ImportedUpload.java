package jp.medsec.imports.jobs;

import jakarta.enterprise.inject.Instance;
import jp.medsec.imports.CsvLineImporter;
import jp.medsec.imports.ImportRuns;

/** The upload a step of the csv-import job works on, and the subject's importer for its kind. */
record ImportedUpload(ImportRuns.Progress run, CsvLineImporter importer, CsvLineImporter.ImportJob job) {

    static ImportedUpload of(String importId, ImportRuns runs, Instance<CsvLineImporter> importers) {
        long id = Long.parseLong(importId);
        ImportRuns.Progress run = runs.find(id).orElseThrow(() -> new IllegalStateException("There is no import " + id));
        CsvLineImporter importer = importers.stream().filter(i -> i.kind().equals(run.kind())).findFirst()
                .orElseThrow(() -> new IllegalStateException("No importer reads " + run.kind()));
        return new ImportedUpload(run, importer, new CsvLineImporter.ImportJob(id, run.kind(), run.targetId(),
                run.submittedBy(), run.submittedAt()));
    }
}
