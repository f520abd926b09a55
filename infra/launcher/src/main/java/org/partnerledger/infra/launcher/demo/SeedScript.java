package org.partnerledger.infra.launcher.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A seed script: the requests that record one demo partnership, in the order they are sent. One request a line,
 * {@code METHOD path [-> name=field ...] [body]}, its JSON body beginning at the first <code>{</code> and going on over
 * the indented lines below it; {@code as <user>} signs the following requests in as another demo user (the
 * coordinator until then); {@code #} starts a comment line. A path without a leading slash is relative to the
 * partnership the script formed ({@code /api/partnerships/${partnership}/}). {@code -> name=field} keeps a field of
 * the answer (each element of a list as {@code name[i]}) for the placeholders of later requests ({@link SeedValues}).
 */
record SeedScript(String name, List<Step> steps) {

    static final String COORDINATOR = "coordinator";
    /** A body begins at the first brace that does not open a placeholder. */
    private static final Pattern BODY = Pattern.compile("(?<!\\$)\\{");

    record Capture(String name, String field) {
    }

    record Step(int line, String user, String method, String path, List<Capture> captures, String body) {

        Step withMoreBody(String more) {
            return new Step(line, user, method, path, captures, body.isEmpty() ? more : body + "\n" + more);
        }

        @Override
        public String toString() {
            return method + " " + path + " (line " + line + ", as " + user + ")";
        }
    }

    SeedScript {
        steps = List.copyOf(steps);
        if (steps.isEmpty() || steps.get(0).captures().stream().noneMatch(c -> c.name().equals("partnership"))) {
            throw new IllegalArgumentException(name + ": the first request must form the partnership and keep its id"
                    + " as 'partnership'");
        }
    }

    /** The formation's body: the first request's. */
    Step formation() {
        return steps.get(0);
    }

    static SeedScript load(String resource) {
        try (InputStream in = SeedScript.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SeedScript parse(String name, String text) {
        List<Step> steps = new ArrayList<>();
        String user = COORDINATOR;
        String[] lines = text.split("\n", -1);
        for (int number = 1; number <= lines.length; number++) {
            String line = lines[number - 1].stripTrailing();
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            if (Character.isWhitespace(line.charAt(0))) {
                if (steps.isEmpty()) {
                    throw new IllegalArgumentException(name + ":" + number + ": a body line before any request");
                }
                steps.set(steps.size() - 1, steps.get(steps.size() - 1).withMoreBody(line.strip()));
            } else if (line.startsWith("as ")) {
                user = line.substring(3).strip();
            } else {
                steps.add(request(name, number, user, line));
            }
        }
        return new SeedScript(name, steps);
    }

    private static Step request(String script, int number, String user, String line) {
        Matcher opening = BODY.matcher(line);
        int brace = opening.find() ? opening.start() : -1;
        String head = brace < 0 ? line : line.substring(0, brace);
        String body = brace < 0 ? "" : line.substring(brace);
        String[] words = head.strip().split("\\s+");
        if (words.length < 2 || !words[0].matches("POST|PUT")
                || (words.length > 2 && !words[2].equals("->"))) {
            throw new IllegalArgumentException(script + ":" + number + ": not METHOD path [-> name=field ...]: "
                    + line);
        }
        List<Capture> captures = new ArrayList<>();
        for (int i = 3; i < words.length; i++) {
            String[] capture = words[i].split("=", 2);
            if (capture.length != 2) {
                throw new IllegalArgumentException(script + ":" + number + ": a capture is name=field: " + words[i]);
            }
            captures.add(new Capture(capture[0], capture[1]));
        }
        return new Step(number, user, words[0], words[1], captures, body);
    }
}
