package org.partnerledger.query.funder;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.partnerledger.query.funder.FunderView.MetricView;
import org.partnerledger.query.funder.FunderView.PeriodView;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/** The impact report and the documentation as PDF documents (OpenPDF), each metric with its curve (JFreeChart). */
final class FunderPdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
    private static final Font SUBHEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font CELL = FontFactory.getFont(FontFactory.HELVETICA, 9);

    private FunderPdf() {
    }

    static byte[] impact(FunderView view, LocalDate from, LocalDate to) {
        return document(document -> {
            title(document, "Impact report: " + view.name());
            text(document, "Version %d. Periods %s to %s.".formatted(view.version(),
                    from == null ? "from the first" : "from " + from, to == null ? "the last" : to));
            heading(document, "Vision");
            text(document, view.vision().statement());
            view.vision().goals().forEach(goal -> text(document, "- " + goal));
            heading(document, "Shared metrics");
            if (view.metrics().isEmpty()) {
                text(document, "No shared metric is active.");
            }
            view.metrics().forEach(metric -> metric(document, metric));
            heading(document, "Milestones");
            view.milestones().forEach(milestone -> text(document, "%s: %s. %s".formatted(milestone.achievedOn(),
                    milestone.title(), Objects.toString(milestone.achievement(), ""))));
            heading(document, "Successes shared");
            view.successes().forEach(success -> text(document, "%s (%s): %s".formatted(success.title(),
                    success.channel(), success.link())));
            heading(document, "Stories");
            view.stories().forEach(story -> {
                subheading(document, story.title());
                text(document, story.narrative());
            });
        });
    }

    static byte[] documentation(DocumentationView view) {
        return document(document -> {
            title(document, "Documentation: " + view.name());
            text(document, "Version %d.".formatted(view.version()));
            heading(document, "Purpose");
            text(document, Objects.toString(view.purpose(), "Not stated."));
            heading(document, "Partners");
            table(document, List.of("Partner", "Sector"), view.partners().stream()
                    .map(partner -> List.of(partner.name(), Objects.toString(partner.sector(), ""))).toList());
            heading(document, "Agreements");
            table(document, List.of("Agreement", "Kind", "Signed", "Effective", "Review by", "Terminated"),
                    view.agreements().stream().map(agreement -> List.of(agreement.title(), agreement.kind(),
                            day(agreement.signedOn()), day(agreement.effectiveOn()), day(agreement.reviewBy()),
                            day(agreement.terminatedOn()))).toList());
        });
    }

    private static void metric(Document document, MetricView metric) {
        subheading(document, metric.name());
        text(document, metric.definition());
        text(document, "%s, %s. Baseline %s, target %s by %s.%s".formatted(metric.measureKind(), metric.unit(),
                metric.baseline(), metric.target(), metric.targetDate(), metric.indicator() == null ? ""
                        : " Indicator %s %s %s.".formatted(metric.indicator().framework(),
                        Objects.toString(metric.indicator().frameworkVersion(), ""),
                        Objects.toString(metric.indicator().code(), ""))));
        if (metric.periods().isEmpty()) {
            return;
        }
        add(document, chart(metric));
        table(document, List.of("Period", "Baseline", "Target", "Actual", "Served", "Achieving"),
                metric.periods().stream().map(FunderPdf::row).toList());
    }

    private static List<String> row(PeriodView period) {
        return List.of(period.period(), number(period.baseline()), number(period.target()), number(period.actual()),
                number(period.served()), number(period.achieving()));
    }

    private static Image chart(MetricView metric) {
        try {
            Image image = Image.getInstance(CurveChart.png(metric));
            image.scaleToFit(PageSize.A4.getWidth() - 100, 240);
            image.setAlignment(Element.ALIGN_CENTER);
            return image;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static byte[] document(Consumer<Document> content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter.getInstance(document, out);
        document.open();
        content.accept(document);
        document.close();
        return out.toByteArray();
    }

    private static void title(Document document, String text) {
        add(document, new Paragraph(text, TITLE));
    }

    private static void heading(Document document, String text) {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(12);
        add(document, heading);
    }

    private static void subheading(Document document, String text) {
        Paragraph subheading = new Paragraph(Objects.toString(text, ""), SUBHEADING);
        subheading.setSpacingBefore(8);
        add(document, subheading);
    }

    private static void text(Document document, String text) {
        add(document, new Paragraph(Objects.toString(text, ""), BODY));
    }

    private static void table(Document document, List<String> header, List<List<String>> rows) {
        PdfPTable table = new PdfPTable(header.size());
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        header.forEach(cell -> table.addCell(new Phrase(cell, SUBHEADING)));
        rows.forEach(row -> row.forEach(cell -> table.addCell(new Phrase(cell, CELL))));
        if (rows.isEmpty()) {
            add(document, new Paragraph(new Chunk("None.", BODY)));
        } else {
            add(document, table);
        }
    }

    private static void add(Document document, Element element) {
        try {
            document.add(element);
        } catch (DocumentException impossible) {
            throw new IllegalStateException("A report element cannot be added", impossible);
        }
    }

    private static String number(Object value) {
        return value == null ? "" : value instanceof BigDecimal decimal ? decimal.toPlainString()
                : value.toString();
    }

    private static String day(LocalDate day) {
        return day == null ? "" : day.toString();
    }
}
