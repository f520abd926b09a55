package org.partnerledger.command.partnership;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Random damage to a valid JSON body, drawn from one seeded {@link Random} so that a seed replays a body exactly:
 * one to three changes to its tree (a field dropped, added or retyped, a value made huge, deep, odd or subtly wrong,
 * the whole wrapped in an array), then perhaps {@link ByteDamage} to its bytes.
 */
final class BodyMutations {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String RAW = "@@raw:";
    private static final String[] ODD_TEXTS = {"", " ", "\t", "\u0000", "\u0001x", "x\u001b[31m", "\u007f",
            "\u0085", "\u2028", "\u202eevil", "\ufeff", "\uffff", "\uD83D\uDE00", "<script>alert(1)</script>",
            "\"; DROP TABLE x;--", "${jndi:ldap://x}", "../../etc/passwd", "null", "true", "0", "-1", "1e999", "NaN",
            "LOW", "low", "HIGH ", "abc", "rcsd", "ABC", "a", "a-b-c", "x".repeat(41), "2027-02-30", "+999999-01-01",
            "2030-01-15", "0000-00-00", "00000000-0000-0000-0000-000000000000", "6f1c2a52-8a7e-4a35-9d0e-2c1b7e4f9a10"};
    /** JSON text that no tree holds (or that Jackson would not write): put in by placeholder after writing. */
    private static final String[] RAW_VALUES = {"9".repeat(10_000), "-0", "1.5e308", "[".repeat(10_000)
            + "]".repeat(10_000), "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000), "\"\\ud800\"", "\"\\udc00x\"",
            "\"\\u0000\"", "\"a\\u0000b\"", "[\"abc\",]", "tru", "01", "\"\\x41\""};

    /** Repeats stop short of this: three changes of one text could otherwise outgrow what a String holds. */
    private static final int MAX_TEXT = 1_000_000;

    private final Random random;

    BodyMutations(long seed) {
        this.random = new Random(seed);
    }

    byte[] mutate(ObjectNode valid) {
        JsonNode tree = valid.deepCopy();
        for (int changes = 1 + random.nextInt(3); changes > 0; changes--) {
            tree = changeTree(tree);
        }
        String json = Json.write(tree);
        for (int raw = 0; raw < RAW_VALUES.length; raw++) {
            json = json.replace("\"" + RAW + raw + "\"", RAW_VALUES[raw]);
        }
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return random.nextInt(3) == 0 ? new ByteDamage(random).applyTo(body) : body;
    }

    private JsonNode changeTree(JsonNode tree) {
        List<ContainerNode<?>> containers = containers(tree);
        ContainerNode<?> target = containers.get(random.nextInt(containers.size()));
        switch (random.nextInt(9)) {
            case 0 -> drop(target);
            case 1 -> put(target, randomName(), randomValue());
            case 2 -> put(target, null, randomValue());
            case 3 -> alterText(tree);
            case 4 -> alterList(tree);
            case 5 -> put(target, null, NODES.textNode(RAW + random.nextInt(RAW_VALUES.length)));
            case 6 -> put(target, null, NODES.textNode("x".repeat(random.nextInt(4) > 0 ? 20_000 : 300_000)));
            case 7 -> put(target, null, NODES.nullNode());
            default -> {
                return NODES.arrayNode().add(tree);
            }
        }
        return tree;
    }

    private void drop(ContainerNode<?> target) {
        if (target instanceof ObjectNode object && !object.isEmpty()) {
            object.remove(pick(fieldNames(object)));
        } else if (target instanceof ArrayNode array && !array.isEmpty()) {
            array.remove(random.nextInt(array.size()));
        }
    }

    private void alterText(JsonNode tree) {
        List<JsonNode> parents = new ArrayList<>();
        collectTextParents(tree, parents);
        if (parents.isEmpty()) {
            return;
        }
        JsonNode parent = pick(parents);
        if (parent instanceof ObjectNode object) {
            String name = pick(fieldNames(object).stream().filter(field -> object.get(field).isTextual()).toList());
            object.put(name, alteredText(object.get(name).textValue()));
        } else if (parent instanceof ArrayNode array) {
            int at = pickIndex(array, JsonNode::isTextual);
            array.set(at, NODES.textNode(alteredText(array.get(at).textValue())));
        }
    }

    private String alteredText(String text) {
        List<UnaryOperator<String>> changes = List.of(
                t -> t + (char) random.nextInt(32),
                t -> t + "\t\r\n",
                t -> (char) (0x7f + random.nextInt(0x21)) + t,
                t -> t.toUpperCase(),
                t -> t + " <b onmouseover=alert(1)>",
                t -> t.repeat(Math.min(1 + random.nextInt(300), MAX_TEXT / Math.max(1, t.length()))),
                t -> "x".repeat(random.nextBoolean() ? 200 : 201),
                t -> "x".repeat(random.nextBoolean() ? 10_000 : 10_001),
                t -> t.isEmpty() ? t : t.substring(0, random.nextInt(t.length())),
                t -> t + ByteDamage.randomCharacters(random),
                t -> " ".repeat(random.nextInt(3)),
                t -> pick(List.of(ODD_TEXTS)));
        return pick(changes).apply(text);
    }

    private void alterList(JsonNode tree) {
        List<ArrayNode> arrays = new ArrayList<>();
        collectArrays(tree, arrays);
        if (arrays.isEmpty()) {
            return;
        }
        ArrayNode array = pick(arrays);
        switch (random.nextInt(4)) {
            case 0 -> array.removeAll();
            case 1 -> {
                if (!array.isEmpty()) {
                    array.add(array.get(random.nextInt(array.size())).deepCopy());
                }
            }
            case 2 -> {
                JsonNode item = array.isEmpty() ? NODES.textNode("abc") : array.get(0);
                for (int i = random.nextInt(200); i > 0; i--) {
                    array.add(item.deepCopy());
                }
            }
            default -> array.addNull();
        }
    }

    private JsonNode randomValue() {
        return switch (random.nextInt(8)) {
            case 0 -> NODES.numberNode(random.nextInt());
            case 1 -> NODES.numberNode(random.nextDouble() * 1e300);
            case 2 -> NODES.booleanNode(random.nextBoolean());
            case 3 -> NODES.nullNode();
            case 4 -> NODES.arrayNode().add(pick(List.of(ODD_TEXTS)));
            case 5 -> NODES.objectNode().put(randomName(), pick(List.of(ODD_TEXTS)));
            case 6 -> NODES.textNode(RAW + random.nextInt(RAW_VALUES.length));
            default -> NODES.textNode(pick(List.of(ODD_TEXTS)));
        };
    }

    /** Puts the value under the name given, or else in place of a member's value, or adds it to an array. */
    private void put(ContainerNode<?> target, String name, JsonNode value) {
        if (target instanceof ObjectNode object) {
            List<String> names = fieldNames(object);
            object.set(name != null ? name : names.isEmpty() ? randomName() : pick(names), value);
        } else if (target instanceof ArrayNode array) {
            if (array.isEmpty() || random.nextBoolean()) {
                array.add(value);
            } else {
                array.set(random.nextInt(array.size()), value);
            }
        }
    }

    private String randomName() {
        return pick(List.of("isAdmin", "partnershipId", "version", "Title", "title ", "", "\u0000", "decisionId",
                "goals", "x".repeat(300), "__proto__", "name", "severity", "dueDate", "rationale"));
    }

    private static List<ContainerNode<?>> containers(JsonNode tree) {
        List<ContainerNode<?>> containers = new ArrayList<>();
        collectContainers(tree, containers);
        return containers;
    }

    private static void collectContainers(JsonNode node, List<ContainerNode<?>> into) {
        if (node instanceof ContainerNode<?> container) {
            into.add(container);
            node.forEach(child -> collectContainers(child, into));
        }
    }

    private static void collectTextParents(JsonNode node, List<JsonNode> into) {
        boolean holdsText = false;
        for (JsonNode child : node) {
            holdsText |= child.isTextual();
            collectTextParents(child, into);
        }
        if (holdsText) {
            into.add(node);
        }
    }

    private static void collectArrays(JsonNode node, List<ArrayNode> into) {
        if (node instanceof ArrayNode array) {
            into.add(array);
        }
        node.forEach(child -> collectArrays(child, into));
    }

    private static List<String> fieldNames(ObjectNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private int pickIndex(ArrayNode array, Predicate<JsonNode> which) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (which.test(array.get(i))) {
                indexes.add(i);
            }
        }
        return pick(indexes);
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
