package org.parley.store;

import java.util.Comparator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;

/** SHACL validation and a report a person can read. */
public final class Validation {
    private Validation() {}

    public static ValidationReport validate(Graph shapes, Graph data) {
        return ShaclValidator.get().validate(Shapes.parse(shapes), data);
    }

    public static String describe(ValidationReport report) {
        StringBuilder sb = new StringBuilder();
        if (report.conforms()) return "Conforms: no SHACL violations.\n";
        sb.append(report.getEntries().size()).append(" SHACL result(s):\n");
        report.getEntries().stream()
                .sorted(Comparator.comparing((ReportEntry e) -> str(e.focusNode())))
                .forEach(e -> sb.append("  ").append(e.severity().level().getLocalName()).append(": ")
                        .append(str(e.focusNode()))
                        .append(e.resultPath() == null ? "" : " " + e.resultPath())
                        .append(" — ").append(e.message()).append('\n'));
        return sb.toString();
    }

    private static String str(Node n) {
        return n == null ? "" : n.isURI() ? "<" + n.getURI() + ">" : n.toString();
    }
}
