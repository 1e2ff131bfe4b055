package jp.medsec.imports.jobs;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.imports.CsvFiles;
import jp.medsec.imports.CsvLineImporter;
import jp.medsec.imports.ImportRuns;
import jp.medsec.imports.RecentKeys;

/**
 * Asks the subject's importer to check each line: a good line becomes what the writer stores, a line already stored by
 * an earlier upload is counted, a bad one throws the skippable {@link jp.medsec.imports.LineRefused}.
 */
@Named
@Dependent
public class CheckedLineProcessor implements ItemProcessor {

    @Inject
    @BatchProperty
    private String importId;

    @Inject
    private ImportRuns runs;

    @Inject
    @Any
    private Instance<CsvLineImporter> importers;

    private ImportedUpload upload;
    private final RecentKeys recentKeys = new RecentKeys();

    @Override
    public Object processItem(Object item) throws Exception {
        if (upload == null) {
            upload = ImportedUpload.of(importId, runs, importers);
        }
        return upload.importer().check((CsvFiles.Line) item, upload.job(), recentKeys);
    }
}
