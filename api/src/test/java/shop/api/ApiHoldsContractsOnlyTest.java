package shop.api;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * api is the contract between the nodes: interfaces, records, message types and destination names. The wire format
 * (JMS, JSON-B) and deployment names are implementation, in messaging: no class compiled from api may refer to them.
 */
class ApiHoldsContractsOnlyTest {

    private static final List<String> IMPLEMENTATION = List.of("jakarta/jms/", "jakarta/json/bind/", "org/eclipse/yasson/");

    @Test
    void shouldReferToNeitherJmsNorJsonBindingInAnyClassOfTheModule() throws IOException {
        Path classes = Path.of("target", "classes", "shop", "api");
        List<Path> compiled;
        try (Stream<Path> files = Files.walk(classes)) {
            compiled = files.filter(f -> f.toString().endsWith(".class")).toList();
        }
        assertTrue(compiled.size() > 10, "the module's classes are compiled: " + compiled);
        List<String> offending = compiled.stream().flatMap(ApiHoldsContractsOnlyTest::implementationReferences).toList();
        assertEquals(List.of(), offending);
    }

    /** A class's constant pool names every type it refers to, as "jakarta/jms/Message", readable in its bytes. */
    private static Stream<String> implementationReferences(Path classFile) {
        try {
            String constants = new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
            return IMPLEMENTATION.stream().filter(constants::contains).map(prefix -> classFile.getFileName() + " uses " + prefix);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
