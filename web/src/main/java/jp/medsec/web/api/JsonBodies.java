package jp.medsec.web.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.Response;

import java.io.StringReader;
import java.util.List;

/**
 * Reading a JSON request body strictly, for the resources that read theirs by hand (self-checks, vendor forms): not an
 * object, not JSON or too large is a 400 with the error body, never a parser's exception.
 */
public final class JsonBodies {

    static final int MAX_BODY_CHARS = 64 * 1024;

    private JsonBodies() {
    }

    public static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            throw new ApiException(Response.Status.BAD_REQUEST, "malformed_request", "The request body must be a JSON object.",
                    List.of(new ApiError.Detail("body", "is empty")));
        }
        if (body.length() > MAX_BODY_CHARS) {
            throw new ApiException(Response.Status.BAD_REQUEST, "request_too_large", "The request body is too large.",
                    List.of(new ApiError.Detail("body", "at most " + MAX_BODY_CHARS + " characters")));
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new ApiException(Response.Status.BAD_REQUEST, "malformed_request",
                        "The request body must be a JSON object.", List.of(new ApiError.Detail("body", "is not an object")));
            }
            return value.asJsonObject();
        } catch (JsonParsingException e) {
            throw new ApiException(Response.Status.BAD_REQUEST, "malformed_request", "The request body is not valid JSON.",
                    List.of(new ApiError.Detail("body", e.getMessage())));
        } catch (ApiException e) {
            throw e;
        } catch (RuntimeException e) {
            // Parsson refuses input nested too deeply with a bare RuntimeException; reading a string can fail for no
            // reason but the body, so whatever the parser throws is the sender's mistake.
            throw new ApiException(Response.Status.BAD_REQUEST, "malformed_request", "The request body is not valid JSON.",
                    List.of(new ApiError.Detail("body", String.valueOf(e.getMessage()))));
        }
    }
}
