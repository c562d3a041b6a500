package shop.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** /openapi describes the shop's API and names the node's own address. */
class ApiDocumentIT extends DeployedShop {

    @Test
    void shouldServeTheApiDocumentNamingTheNodesOwnAddress() throws Exception {
        HttpResponse<String> document = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(System.getProperty("shop.http.url") + "/openapi"))
                        .header("Accept", "application/json").timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, document.statusCode(), document.body());
        JsonObject api = (JsonObject) ShopHttp.parse(document.body());
        JsonObject paths = api.getJsonObject("paths");
        for (String path : new String[]{"/api/orders", "/api/orders/{id}", "/api/customers", "/api/products"}) {
            assertTrue(paths.containsKey(path), path + " in " + paths.keySet());
        }
        assertEquals(System.getProperty("shop.http.url"),
                api.getJsonArray("servers").getJsonObject(0).getString("url"), document.body());
    }
}
