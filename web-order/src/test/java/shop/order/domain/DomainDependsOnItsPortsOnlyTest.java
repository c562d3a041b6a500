package shop.order.domain;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The order domain talks to the broker and to the payment system through its own ports (OrderMessages, Payments):
 * no class of it refers to the HTTP edge, to their implementations, or to JMS.
 */
class DomainDependsOnItsPortsOnlyTest {

    private static final List<String> OUTSIDE = List.of("shop/order/api/", "shop/order/messaging/", "shop/order/payment/",
            "shop/messaging/", "jakarta/jms/");

    @Test
    void shouldReferToNoAdapterOfTheOrderSystem() throws IOException {
        List<Path> compiled;
        try (Stream<Path> files = Files.walk(Path.of("target", "classes", "shop", "order", "domain"))) {
            compiled = files.filter(f -> f.toString().endsWith(".class")).toList();
        }
        assertTrue(compiled.size() > 10, "the domain's classes are compiled: " + compiled);
        List<String> offending = compiled.stream().flatMap(DomainDependsOnItsPortsOnlyTest::references).toList();
        assertEquals(List.of(), offending);
    }

    /** A class's constant pool names every type it refers to ("shop/order/api/OrderResource"), readable in its bytes. */
    private static Stream<String> references(Path classFile) {
        try {
            String constants = new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
            return OUTSIDE.stream().filter(constants::contains).map(prefix -> classFile.getFileName() + " uses " + prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
