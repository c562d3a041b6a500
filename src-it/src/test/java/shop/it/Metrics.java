package shop.it;

import java.util.Map;

/** Reads one value out of the order node's Prometheus text at /metrics. */
final class Metrics {

    /** The sample whose name is {@code name} and whose labels include all of {@code labels}; 0 when absent. */
    static double value(String name, Map<String, String> labels) {
        String text = ShopHttp.get("/metrics?scope=application").body();
        double sum = 0;
        for (String line : text.split("\n")) {
            if (line.startsWith("#") || !(line.startsWith(name + "{") || line.startsWith(name + " "))) {
                continue;
            }
            String labelPart = line.contains("{") ? line.substring(line.indexOf('{'), line.indexOf('}') + 1) : "";
            boolean matches = labels.entrySet().stream()
                    .allMatch(l -> labelPart.contains(l.getKey() + "=\"" + l.getValue() + "\""));
            if (matches) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }

    private Metrics() {
    }
}
