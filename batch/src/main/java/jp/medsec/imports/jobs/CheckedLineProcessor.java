package jp.medsec.imports.jobs;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.imports.CsvFiles;
import jp.medsec.imports.RecentKeys;

/**
 * Asks the subject's importer to check each line: a good line becomes what the writer stores, a line already stored by
 * an earlier upload is counted, a bad one throws the skippable {@link jp.medsec.imports.LineRefused}.
 */
@Named
@Dependent
public class CheckedLineProcessor implements ItemProcessor {

    @Inject
    private StepContext step;

    private final RecentKeys recentKeys = new RecentKeys();

    @Override
    public Object processItem(Object item) throws Exception {
        ImportedUpload upload = ImportedUpload.of(step);
        return upload.importer().check((CsvFiles.Line) item, upload.job(), recentKeys);
    }
}
