package jp.medsec.imports.jobs;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.imports.ImportRuns;
import jp.medsec.imports.StagedUploads;

/** Every line is accounted for: the import is done and its staged file no longer needed. */
@Named
@Dependent
public class ImportFinisher extends AbstractBatchlet {

    @Inject
    @BatchProperty
    private String importId;

    @Inject
    private ImportRuns runs;

    @Override
    public String process() {
        long id = Long.parseLong(importId);
        runs.find(id).ifPresent(run -> {
            runs.finish(id);
            StagedUploads.delete(run.stagedPath());
        });
        return "DONE";
    }
}
