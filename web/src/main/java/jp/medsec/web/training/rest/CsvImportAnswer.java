package jp.medsec.web.training.rest;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jp.medsec.imports.ImportReport;
import jp.medsec.training.TrainingImports;
import jp.medsec.web.api.ApiError;
import jp.medsec.web.api.ApiException;
import jp.medsec.web.i18n.Messages;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The answer of API.md's CSV endpoints ("Staff and training records"): the body is staged as it arrives and imported by
 * the csv-import job; the answer follows its end: how many lines were accepted and every refused one, streamed in file
 * order. A file refused whole is 400 with the error body, and nothing is stored.
 */
abstract class CsvImportAnswer {

    private static final int PAGE = 5_000;

    @Inject
    TrainingImports imports;

    /** The charset the sender declared in Content-Type, or null (then a body that is not UTF-8 is read as CP932). */
    static String charset(MediaType type) {
        return type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
    }

    Response answer(TrainingImports.Outcome outcome) {
        if (outcome.refusal() != null) {
            ImportReport.LineError why = outcome.refusal().errors().get(0);
            String message = text(why);
            throw new ApiException(Response.Status.BAD_REQUEST, "invalid_csv", message + " Nothing was stored.",
                    List.of(new ApiError.Detail("HEADER".equals(why.reason()) ? "header" : "body", message)));
        }
        long runId = outcome.runId();
        ImportReport report = imports.await(runId);
        StreamingOutput json = out -> {
            try (JsonGenerator g = Json.createGenerator(out)) {
                g.writeStartObject();
                g.write("accepted", report.recorded() + report.alreadyRecorded());
                g.writeStartArray("rejected");
                for (int first = 0; first < report.rejected(); first += PAGE) {
                    List<ImportReport.LineError> page = imports.errors(runId, first, PAGE);
                    for (ImportReport.LineError e : page) {
                        g.writeStartObject().write("line", e.line());
                        if (e.column() == null) {
                            g.writeNull("column");
                        } else {
                            g.write("column", e.column());
                        }
                        g.write("message", text(e)).writeEnd();
                    }
                    if (page.size() < PAGE) {
                        break;
                    }
                }
                g.writeEnd();
                g.writeEnd();
            }
        };
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
    }

    /** The reason in English, as the pages say it in Japanese (bundle keys {@code csvError.*}). */
    static String text(ImportReport.LineError error) {
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ENGLISH);
        String key = "csvError." + error.reason();
        return bundle.containsKey(key)
                ? new MessageFormat(bundle.getString(key), Locale.ENGLISH).format(new Object[]{error.value()})
                : error.reason() + ": " + error.value();
    }
}
