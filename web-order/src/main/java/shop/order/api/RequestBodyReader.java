package shop.order.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Reads every request body of this API (the records of this package), in place of JSON-B: at most
 * {@value #MAX_BYTES} bytes (413 above, before more is read), then {@link StrictJson}.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class RequestBodyReader implements MessageBodyReader<Record> {

    /** An order of 50 items with long SKUs is about 4 KiB. */
    static final int MAX_BYTES = 16 * 1024;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord() && type.getPackageName().equals(RequestBodyReader.class.getPackageName());
    }

    @Override
    public Record readFrom(Class<Record> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw tooLarge();
        }
        return StrictJson.read(bytes, type);
    }

    static WebApplicationException tooLarge() {
        return new WebApplicationException("the body is larger than " + MAX_BYTES + " bytes", 413);
    }
}
