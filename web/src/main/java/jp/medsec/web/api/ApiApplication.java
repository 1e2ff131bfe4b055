package jp.medsec.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The HTTP API other systems call (../shared/API.md): JSON, errors as {"error","message","details"}. */
@ApplicationPath("/api/v1")
public class ApiApplication extends Application {
}
