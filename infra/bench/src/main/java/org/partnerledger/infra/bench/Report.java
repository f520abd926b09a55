package org.partnerledger.infra.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Collects the figures of a run and writes them as a table for people and as JSON for tools. */
final class Report {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Map<String, Object> meta = new LinkedHashMap<>();
    private final List<Figure> figures = new ArrayList<>();

    synchronized void add(Figure figure) {
        figures.add(figure);
        Benchmark.log("%s: %s = %s %s%s", figure.section(), figure.name(), number(figure.value()), figure.unit(),
                figure.status() == Figure.Status.INFO ? "" : "  (" + figure.status().label() + ")");
    }

    synchronized void meta(String key, Object value) {
        meta.put(key, value);
    }

    synchronized List<Figure> figures() {
        return List.copyOf(figures);
    }

    synchronized void printTable(PrintStream out) {
        String format = "%-46s %14s %-9s %14s %8s  %-26s %s%n";
        out.printf(format, "figure", "value", "unit", "raw baseline", "ratio", "target", "status");
        String section = null;
        for (Figure figure : figures) {
            if (!figure.section().equals(section)) {
                section = figure.section();
                out.printf("%n== %s%n", section);
            }
            out.printf(format, figure.name(), number(figure.value()), figure.unit(),
                    figure.baseline() == null ? "" : number(figure.baseline()),
                    figure.ratio() == null ? "" : String.format(Locale.ROOT, "%.3f", figure.ratio()),
                    figure.target() == null ? "" : figure.target(), figure.status().label());
            if (figure.note() != null) {
                out.printf("   %s%n", figure.note());
            }
        }
    }

    /** Writes the run's JSON file and replaces {@code latest.json} beside it with a copy. */
    synchronized Path writeJson(Path directory, String runId) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("meta", meta);
        document.put("figures", figures.stream().map(Report::asMap).toList());
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve(runId + ".json");
            JSON.writeValue(file.toFile(), document);
            Files.copy(file, directory.resolve("latest.json"), StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> asMap(Figure figure) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("section", figure.section());
        map.put("name", figure.name());
        map.put("value", finite(figure.value()));
        map.put("unit", figure.unit());
        map.put("baselineName", figure.baselineName());
        map.put("baseline", figure.baseline() == null ? null : finite(figure.baseline()));
        map.put("ratio", figure.ratio() == null ? null : finite(figure.ratio()));
        map.put("target", figure.target());
        map.put("status", figure.status().name().toLowerCase(Locale.ROOT));
        map.put("note", figure.note());
        return map;
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    /** Three significant digits at most for small values, whole numbers with separators for large ones and counts. */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 100 || value == Math.rint(value)) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (magnitude >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        if (magnitude >= 1) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        // A fraction of a core at rest is 0.0207, not 0.02 against a target of 0.02.
        return BigDecimal.valueOf(value).round(new MathContext(3)).toPlainString();
    }
}
