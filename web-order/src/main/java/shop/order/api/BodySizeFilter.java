package shop.order.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/** A body announced larger than {@link RequestBodyReader#MAX_BYTES} is refused (413) before any of it is read. */
@Provider
@PreMatching
public class BodySizeFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > RequestBodyReader.MAX_BYTES) {
            throw RequestBodyReader.tooLarge();
        }
    }
}
