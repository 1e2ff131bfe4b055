package jp.medsec.imports.jobs;

import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.imports.CsvFiles;
import jp.medsec.imports.LineRefused;

/** Keeps each refused line (number, column, reason, value) for the report; they are written a few hundred at a time. */
@Named
@Dependent
public class RefusedLineRecorder implements SkipProcessListener {

    @Inject
    private StepContext step;

    @Override
    public void onSkipProcessItem(Object item, Exception refusal) {
        LineRefused refused = (LineRefused) refusal;
        ImportedUpload.of(step).refused().add(((CsvFiles.Line) item).number(), refused.column(),
                refused.reason(), refused.value());
    }
}
