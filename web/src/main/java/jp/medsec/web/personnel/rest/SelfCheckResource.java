package jp.medsec.web.personnel.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.medsec.institution.TierRecommendation;
import jp.medsec.personnel.Classification;
import jp.medsec.personnel.Curriculum;
import jp.medsec.personnel.CurriculumPlanner;
import jp.medsec.personnel.Group;
import jp.medsec.personnel.GroupClassifier;
import jp.medsec.personnel.HisIntroduction;
import jp.medsec.personnel.ManagementMode;
import jp.medsec.personnel.Modules;
import jp.medsec.personnel.PersonnelFacts;
import jp.medsec.personnel.Qualification;
import jp.medsec.web.api.ApiError;
import jp.medsec.web.api.ApiException;
import jp.medsec.web.api.JsonBodies;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The anonymous self-checks of API.md: which of Group A/B/C a person qualifies for, their curriculum, and an
 * institution's minimum tier. Nothing is stored. Bodies are read strictly: every field of the wrong type, unknown code, negative number or oversized list is
 * named in a 400.
 */
@Path("self-check")
@PermitAll
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SelfCheckResource {

    static final int MAX_QUALIFICATIONS = 50;
    static final int MAX_MODULES = 200;
    static final double MAX_YEARS = 70;
    static final int MAX_BEDS = 100_000;

    @POST
    @Path("classification")
    public Response classification(String body) {
        JsonObject json = JsonBodies.object(body);
        List<ApiError.Detail> problems = new ArrayList<>();
        Set<Qualification> qualifications = qualifications(json, problems);
        Map<ManagementMode, Double> years = years(json, problems);
        HisIntroduction introduction = introduction(json, problems);
        boolean practice = bool(json, "hisPracticalExperience", problems);
        Set<String> modules = modules(json, problems);
        boolean onsite = bool(json, "onsiteTrainingCompleted", problems);
        boolean guideline = bool(json, "guidelineUnderstood", problems);
        rejectUnknownFields(json, Set.of("qualifications", "hisManagementYears", "hisIntroduction", "hisPracticalExperience",
                "completedModules", "onsiteTrainingCompleted", "guidelineUnderstood"), problems);
        refuseIf(problems);
        Classification c = GroupClassifier.classify(new PersonnelFacts(qualifications, years, introduction, practice, modules,
                onsite, guideline));
        return Response.ok(toJson(c)).build();
    }

    @POST
    @Path("curriculum")
    public Response curriculum(String body) {
        JsonObject json = JsonBodies.object(body);
        List<ApiError.Detail> problems = new ArrayList<>();
        Group group = null;
        JsonValue groupValue = json.get("group");
        if (groupValue == null || groupValue.getValueType() != JsonValue.ValueType.STRING) {
            problems.add(new ApiError.Detail("group", "is required: \"A\", \"B\" or \"C\""));
        } else {
            try {
                group = Group.valueOf(((JsonString) groupValue).getString());
            } catch (IllegalArgumentException e) {
                problems.add(new ApiError.Detail("group", "must be \"A\", \"B\" or \"C\""));
            }
        }
        Set<Qualification> qualifications = qualifications(json, problems);
        rejectUnknownFields(json, Set.of("group", "qualifications"), problems);
        refuseIf(problems);
        Curriculum c = CurriculumPlanner.plan(group, qualifications);
        return Response.ok(Json.createObjectBuilder()
                .add("group", c.group().name())
                .add("required", array(c.required()))
                .add("exempt", array(c.exempt()))
                .add("recommended", array(c.recommended()))
                .add("continuing", array(c.continuing()))
                .build()).build();
    }

    /**
     * The minimum tier of API.md: {@code beds} a non-negative integer (required), the two flags true or false
     * (missing means false, as in the other self-checks).
     */
    @POST
    @Path("tier")
    public Response tier(String body) {
        JsonObject json = JsonBodies.object(body);
        List<ApiError.Detail> problems = new ArrayList<>();
        Integer beds = null;
        JsonValue bedsValue = json.get("beds");
        if (bedsValue == null || bedsValue.getValueType() != JsonValue.ValueType.NUMBER) {
            problems.add(new ApiError.Detail("beds", "is required: a non-negative integer"));
        } else {
            JsonNumber number = (JsonNumber) bedsValue;
            if (!number.isIntegral() || number.bigDecimalValue().signum() < 0
                    || number.bigDecimalValue().compareTo(java.math.BigDecimal.valueOf(MAX_BEDS)) > 0) {
                problems.add(new ApiError.Detail("beds", "must be a non-negative integer (at most " + MAX_BEDS + ")"));
            } else {
                beds = number.intValueExact();
            }
        }
        boolean critical = bool(json, "regionallyCritical", problems);
        boolean onPremises = bool(json, "onPremisesSystems", problems);
        rejectUnknownFields(json, Set.of("beds", "regionallyCritical", "onPremisesSystems"), problems);
        refuseIf(problems);
        TierRecommendation r = TierRecommendation.of(beds, critical, onPremises);
        JsonObjectBuilder answer = Json.createObjectBuilder();
        if (r.minimumTier() == null) {
            answer.addNull("minimumTier");
        } else {
            answer.add("minimumTier", r.minimumTier().name());
        }
        return Response.ok(answer.add("reasons", array(r.reasons())).add("reasonsEn", array(r.reasonsEn())).build()).build();
    }

    static JsonObject toJson(Classification c) {
        JsonObjectBuilder eligible = Json.createObjectBuilder();
        c.eligible().forEach((group, ok) -> eligible.add(group.name(), ok));
        JsonObjectBuilder paths = Json.createObjectBuilder();
        c.paths().forEach((group, p) -> paths.add(group.name(), Json.createObjectBuilder()
                .add("medicalIs", array(p.medicalIs())).add("security", array(p.security()))));
        JsonObjectBuilder missing = Json.createObjectBuilder();
        c.missing().forEach((group, columns) -> {
            JsonObjectBuilder lacking = Json.createObjectBuilder();
            columns.forEach((column, words) -> lacking.add(column, array(words)));
            missing.add(group.name(), lacking);
        });
        JsonObjectBuilder result = Json.createObjectBuilder();
        if (c.group() == null) {
            result.addNull("group");
        } else {
            result.add("group", c.group().name());
        }
        return result.add("eligible", eligible).add("paths", paths).add("missing", missing).build();
    }

    private static JsonArrayBuilder array(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    // ------------------------------------------------------------------ reading the body

    private static Set<Qualification> qualifications(JsonObject json, List<ApiError.Detail> problems) {
        Set<Qualification> held = new LinkedHashSet<>();
        JsonArray array = optionalArray(json, "qualifications", MAX_QUALIFICATIONS, problems);
        if (array == null) {
            return held;
        }
        for (int i = 0; i < array.size(); i++) {
            JsonValue v = array.get(i);
            if (v.getValueType() != JsonValue.ValueType.STRING) {
                problems.add(new ApiError.Detail("qualifications[" + i + "]", "must be a qualification code (a string)"));
                continue;
            }
            String code = ((JsonString) v).getString();
            try {
                held.add(Qualification.valueOf(code));
            } catch (IllegalArgumentException e) {
                problems.add(new ApiError.Detail("qualifications[" + i + "]", "unknown qualification code '" + code + "'"));
            }
        }
        return held;
    }

    private static Set<String> modules(JsonObject json, List<ApiError.Detail> problems) {
        Set<String> done = new LinkedHashSet<>();
        JsonArray array = optionalArray(json, "completedModules", MAX_MODULES, problems);
        if (array == null) {
            return done;
        }
        for (int i = 0; i < array.size(); i++) {
            JsonValue v = array.get(i);
            if (v.getValueType() != JsonValue.ValueType.STRING) {
                problems.add(new ApiError.Detail("completedModules[" + i + "]", "must be a module code (a string)"));
                continue;
            }
            String code = ((JsonString) v).getString();
            if (!Modules.isKnown(code)) {
                problems.add(new ApiError.Detail("completedModules[" + i + "]", "unknown module code '" + code + "'"));
            } else {
                done.add(code);
            }
        }
        return done;
    }

    private static JsonArray optionalArray(JsonObject json, String field, int max, List<ApiError.Detail> problems) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            problems.add(new ApiError.Detail(field, "must be an array"));
            return null;
        }
        JsonArray array = value.asJsonArray();
        if (array.size() > max) {
            problems.add(new ApiError.Detail(field, "at most " + max + " entries, was " + array.size()));
            return null;
        }
        return array;
    }

    private static Map<ManagementMode, Double> years(JsonObject json, List<ApiError.Detail> problems) {
        Map<ManagementMode, Double> years = new EnumMap<>(ManagementMode.class);
        JsonValue value = json.get("hisManagementYears");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return years;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            problems.add(new ApiError.Detail("hisManagementYears", "must be an object such as {\"SENJU\": 0, \"SENNIN\": 4}"));
            return years;
        }
        for (Map.Entry<String, JsonValue> entry : value.asJsonObject().entrySet()) {
            String field = "hisManagementYears." + entry.getKey();
            ManagementMode mode;
            try {
                mode = ManagementMode.valueOf(entry.getKey());
            } catch (IllegalArgumentException e) {
                problems.add(new ApiError.Detail(field, "unknown mode; use SENJU, SENNIN or OTHER"));
                continue;
            }
            if (entry.getValue().getValueType() != JsonValue.ValueType.NUMBER) {
                problems.add(new ApiError.Detail(field, "must be a number of years"));
                continue;
            }
            double y = ((JsonNumber) entry.getValue()).doubleValue();
            if (y < 0 || y > MAX_YEARS || Double.isNaN(y) || Double.isInfinite(y)) {
                problems.add(new ApiError.Detail(field, "must be between 0 and " + (int) MAX_YEARS));
                continue;
            }
            years.put(mode, y);
        }
        return years;
    }

    private static HisIntroduction introduction(JsonObject json, List<ApiError.Detail> problems) {
        JsonValue value = json.get("hisIntroduction");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() == JsonValue.ValueType.STRING) {
            try {
                return HisIntroduction.valueOf(((JsonString) value).getString());
            } catch (IllegalArgumentException e) {
                // reported below
            }
        }
        problems.add(new ApiError.Detail("hisIntroduction", "must be \"LED\", \"PARTICIPATED\" or null"));
        return null;
    }

    private static boolean bool(JsonObject json, String field, List<ApiError.Detail> problems) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return false;
        }
        if (value.getValueType() == JsonValue.ValueType.TRUE) {
            return true;
        }
        if (value.getValueType() != JsonValue.ValueType.FALSE) {
            problems.add(new ApiError.Detail(field, "must be true or false"));
        }
        return false;
    }

    private static void rejectUnknownFields(JsonObject json, Set<String> known, List<ApiError.Detail> problems) {
        json.keySet().stream().filter(k -> !known.contains(k)).sorted()
                .forEach(k -> problems.add(new ApiError.Detail(k, "unknown field")));
    }

    private static void refuseIf(List<ApiError.Detail> problems) {
        if (!problems.isEmpty()) {
            throw new ApiException(Response.Status.BAD_REQUEST, "invalid_request",
                    "The request is invalid: " + problems.size() + " problem(s).", problems);
        }
    }
}
