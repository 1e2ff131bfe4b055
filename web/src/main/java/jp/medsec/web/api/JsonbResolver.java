package jp.medsec.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for every answer of the API, with the default configuration (the bodies API.md fixes are what it
 * writes). Without it RESTEasy builds a new JSON-B per response: measured under load, that was 40 % of the time of
 * {@code GET /api/v1/verify/{number}} (BENCHMARKS.md). A Jsonb is thread-safe.
 */
@Provider
public class JsonbResolver implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
