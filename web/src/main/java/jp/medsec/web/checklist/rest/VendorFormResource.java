package jp.medsec.web.checklist.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.medsec.audit.CatalogueItem;
import jp.medsec.checklist.Answer;
import jp.medsec.checklist.ChecklistProblems;
import jp.medsec.checklist.VendorForms;
import jp.medsec.checklist.VendorLinkRefused;
import jp.medsec.checklist.VendorToken;
import jp.medsec.web.api.ApiError;
import jp.medsec.web.api.ApiException;
import jp.medsec.web.api.JsonBodies;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The vendor form through its link, for vendors' own tools: {@code GET /api/v1/vendor-forms/{token}} reads the form,
 * {@code POST} submits every answer at once ({@code {"respondent", "answers": [{"code", "answer": "YES"|"NO",
 * "checkedOn", "targetDate", "note"}]}}). An unknown or forged link is 404, a used or expired one 410; a refused
 * answer is 400 naming its field, and nothing is stored.
 */
@Path("vendor-forms")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class VendorFormResource {

    static final int MAX_ANSWERS = 200;

    @Inject
    private VendorForms forms;

    @GET
    @Path("{token}")
    public Response read(@PathParam("token") String token) {
        try {
            VendorForms.Form form = forms.open(token);
            JsonArrayBuilder items = Json.createArrayBuilder();
            for (CatalogueItem item : form.items()) {
                items.add(Json.createObjectBuilder().add("code", item.getCode()).add("kind", item.getKind().name())
                        .add("section", item.getSection()).add("sectionJa", item.getSectionJa())
                        .add("textJa", item.getTextJa()).add("textEn", item.getTextEn()));
            }
            return Response.ok(Json.createObjectBuilder()
                    .add("vendor", form.vendorName()).add("institution", form.institutionName())
                    .add("form", form.catalogue().getCode()).add("fiscalYear", form.catalogue().getFiscalYear())
                    .add("title", form.catalogue().getTitleJa()).add("expiresAt", form.expiresAt().toString())
                    .add("items", items).build()).build();
        } catch (VendorLinkRefused e) {
            throw refused(e);
        }
    }

    @POST
    @Path("{token}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(@PathParam("token") String token, String body) {
        if (!VendorToken.isWellFormed(token)) {
            throw refused(new VendorLinkRefused(VendorToken.Refusal.UNKNOWN));
        }
        JsonObject json = JsonBodies.object(body);
        List<ApiError.Detail> problems = new ArrayList<>();
        json.keySet().stream().filter(k -> !Set.of("respondent", "answers").contains(k)).sorted()
                .forEach(k -> problems.add(new ApiError.Detail(k, "unknown field")));
        String respondent = json.get("respondent") instanceof JsonString s ? s.getString() : null;
        if (json.containsKey("respondent") && respondent == null) {
            problems.add(new ApiError.Detail("respondent", "must be a string"));
        }
        Map<String, VendorForms.Submitted> answers = new LinkedHashMap<>();
        JsonValue list = json.get("answers");
        if (list == null || list.getValueType() != JsonValue.ValueType.ARRAY) {
            problems.add(new ApiError.Detail("answers", "is required: an array of answers"));
        } else if (list.asJsonArray().size() > MAX_ANSWERS) {
            problems.add(new ApiError.Detail("answers", "at most " + MAX_ANSWERS + " entries"));
        } else {
            JsonArray array = list.asJsonArray();
            for (int i = 0; i < array.size(); i++) {
                read(array.get(i), "answers[" + i + "]", answers, problems);
            }
        }
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        try {
            int stored = forms.submit(token, respondent, answers);
            return Response.ok(Json.createObjectBuilder().add("submitted", true).add("answers", stored).build()).build();
        } catch (VendorLinkRefused e) {
            throw refused(e);
        } catch (ChecklistProblems e) {
            throw invalid(e.problems().stream().map(p -> new ApiError.Detail(p.field(), p.message())).toList());
        }
    }

    private static void read(JsonValue value, String where, Map<String, VendorForms.Submitted> answers,
                             List<ApiError.Detail> problems) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            problems.add(new ApiError.Detail(where, "must be an object"));
            return;
        }
        JsonObject o = value.asJsonObject();
        o.keySet().stream().filter(k -> !Set.of("code", "answer", "checkedOn", "targetDate", "note").contains(k)).sorted()
                .forEach(k -> problems.add(new ApiError.Detail(where + "." + k, "unknown field")));
        String code = o.get("code") instanceof JsonString s ? s.getString() : null;
        if (code == null) {
            problems.add(new ApiError.Detail(where + ".code", "is required: the item code"));
            return;
        }
        String field = "answers." + code;
        if (answers.containsKey(code)) {
            problems.add(new ApiError.Detail(field, "answered twice"));
            return;
        }
        Answer answer = null;
        if (o.get("answer") instanceof JsonString s && Set.of("YES", "NO").contains(s.getString())) {
            answer = Answer.valueOf(s.getString());
        } else {
            problems.add(new ApiError.Detail(field + ".answer", "must be \"YES\" or \"NO\""));
        }
        LocalDate checkedOn = date(o, "checkedOn", field, problems);
        LocalDate targetDate = date(o, "targetDate", field, problems);
        String note = o.get("note") instanceof JsonString s ? s.getString() : null;
        if (o.containsKey("note") && note == null && o.get("note").getValueType() != JsonValue.ValueType.NULL) {
            problems.add(new ApiError.Detail(field + ".note", "must be a string"));
        }
        answers.put(code, new VendorForms.Submitted(answer, checkedOn, targetDate, note));
    }

    private static LocalDate date(JsonObject o, String name, String field, List<ApiError.Detail> problems) {
        JsonValue v = o.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            try {
                return LocalDate.parse(s.getString());
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        problems.add(new ApiError.Detail(field + "." + name, "must be a date (yyyy-MM-dd)"));
        return null;
    }

    private static ApiException invalid(List<ApiError.Detail> problems) {
        return new ApiException(Response.Status.BAD_REQUEST, "invalid_request",
                "The answers are refused: " + problems.size() + " problem(s). Nothing was stored.", problems);
    }

    private static ApiException refused(VendorLinkRefused e) {
        return switch (e.refusal()) {
            case UNKNOWN -> ApiException.notFound(e.getMessage());
            case USED -> new ApiException(Response.Status.GONE, "link_used", e.getMessage(), List.of());
            case EXPIRED -> new ApiException(Response.Status.GONE, "link_expired", e.getMessage(), List.of());
        };
    }
}
