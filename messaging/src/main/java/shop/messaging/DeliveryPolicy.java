package shop.messaging;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How often the broker delivers a message of an address before it gives up, and where it then goes: read from the
 * checked-in runtime/broker/broker.xml (bundled into this jar by the build), so that the broker and its consumers
 * share one source for "the last attempt".
 * <p>
 * The broker counts every delivery, also those that ended without an answer: a consumer's node killed or cut off
 * mid-delivery, its part of a commit rolled back after a crash, an application undeployed. Such deliveries say nothing
 * about the message, so the broker's bound keeps {@link #UNANSWERED_DELIVERIES} of them in reserve above the
 * consumer's own: the consumer gives up, with the reason, after its attempts, and the broker dead-letters a message
 * only when no consumer ever answered it.
 *
 * @param maxDeliveryAttempts the broker's {@code max-delivery-attempts} for the address
 * @param deadLetterAddress   its {@code dead-letter-address}, empty when it has none
 */
public record DeliveryPolicy(int maxDeliveryAttempts, Optional<String> deadLetterAddress) {

    /** Deliveries of a message that a crash or a cut connection may end unanswered before the consumer's last one. */
    public static final int UNANSWERED_DELIVERIES = 3;

    /** Artemis's default when no address-setting names max-delivery-attempts. */
    static final int BROKER_DEFAULT_ATTEMPTS = 10;
    private static final String CORE = "urn:activemq:core";
    private static final List<Setting> SETTINGS = read("broker.xml");

    /**
     * The attempt from which a failure is final: the consumer then dead-letters the message with its reason. A message
     * whose deliveries were all answered with failures is dead-lettered on this attempt.
     */
    public int lastAttempt() {
        return Math.max(1, maxDeliveryAttempts - UNANSWERED_DELIVERIES);
    }

    /** The policy of an address, merging its address-settings as Artemis does: the most specific match wins. */
    public static DeliveryPolicy of(String address) {
        return of(address, SETTINGS);
    }

    static DeliveryPolicy of(String address, List<Setting> settings) {
        List<Setting> matching = settings.stream().filter(s -> s.matches(address))
                .sorted(Comparator.comparingInt(Setting::specificity).reversed()).toList();
        int attempts = matching.stream().map(Setting::maxDeliveryAttempts).filter(a -> a != null).findFirst()
                .orElse(BROKER_DEFAULT_ATTEMPTS);
        Optional<String> deadLetters = matching.stream().map(Setting::deadLetterAddress).filter(a -> a != null).findFirst();
        return new DeliveryPolicy(attempts, deadLetters);
    }

    /** One {@code <address-setting>}: its match and the two values that decide a message's last attempt. */
    record Setting(String match, Integer maxDeliveryAttempts, String deadLetterAddress) {

        /** Artemis wildcards: {@code #} is any number of words, {@code *} one word, words separated by dots. */
        boolean matches(String address) {
            return matches(match.split("\\.", -1), 0, address.split("\\.", -1), 0);
        }

        private static boolean matches(String[] pattern, int p, String[] words, int w) {
            if (p == pattern.length) {
                return w == words.length;
            }
            if (pattern[p].equals("#")) {
                for (int rest = w; rest <= words.length; rest++) {
                    if (matches(pattern, p + 1, words, rest)) {
                        return true;
                    }
                }
                return false;
            }
            return w < words.length && (pattern[p].equals("*") || pattern[p].equals(words[w]))
                    && matches(pattern, p + 1, words, w + 1);
        }

        /** An exact match beats any wildcard; among wildcards, the longer literal part is more specific. */
        int specificity() {
            boolean wildcard = match.contains("#") || match.contains("*");
            return wildcard ? match.replace("#", "").replace("*", "").length() : Integer.MAX_VALUE;
        }
    }

    static List<Setting> read(String resource) {
        try (InputStream xml = DeliveryPolicy.class.getResourceAsStream(resource)) {
            if (xml == null) {
                throw new IllegalStateException("no " + resource + " next to " + DeliveryPolicy.class.getName());
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList nodes = factory.newDocumentBuilder().parse(xml).getElementsByTagNameNS(CORE, "address-setting");
            List<Setting> settings = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                Element setting = (Element) nodes.item(i);
                String attempts = child(setting, "max-delivery-attempts");
                settings.add(new Setting(setting.getAttribute("match"),
                        attempts == null ? null : Integer.valueOf(attempts), child(setting, "dead-letter-address")));
            }
            return List.copyOf(settings);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the address-settings of " + resource + ": " + e.getMessage(), e);
        }
    }

    private static String child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getLocalName())) {
                return element.getTextContent().trim();
            }
        }
        return null;
    }
}
