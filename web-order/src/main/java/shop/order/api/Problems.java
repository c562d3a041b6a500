package shop.order.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** RFC 9457 problem details: every error this API answers has this shape. */
final class Problems {

    static final String MEDIA_TYPE = "application/problem+json";

    record Violation(String field, String message) {
    }

    static Response problem(int status, String title, String detail) {
        return response(status, base(status, title, detail));
    }

    /** A 400 that names each offending field, e.g. {@code items[0].quantity}. */
    static Response invalid(List<Violation> violations) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        StringBuilder detail = new StringBuilder();
        for (Violation violation : violations) {
            list.add(Json.createObjectBuilder().add("field", violation.field()).add("message", violation.message()));
            detail.append(detail.isEmpty() ? "" : "; ").append(violation.field()).append(": ").append(violation.message());
        }
        return response(400, base(400, "The request is invalid", detail.toString()).add("violations", list));
    }

    static JsonObjectBuilder base(int status, String title, String detail) {
        return Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status)
                .add("detail", detail == null ? title : detail);
    }

    static Response response(int status, JsonObjectBuilder body) {
        return Response.status(status).type(MEDIA_TYPE).entity(body.build().toString()).build();
    }

    private Problems() {
    }
}
