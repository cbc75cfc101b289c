package org.citycast.society.directory;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads one workbook as an import does, in a JVM of its own whose heap the test chooses; prints
 * what became of it, so that running out of memory shows as a failed probe, not a failed test JVM.
 */
public final class WorkbookProbe {

    private WorkbookProbe() {
    }

    public static void main(String[] args) throws Exception {
        byte[] upload = Files.readAllBytes(Path.of(args[0]));
        try {
            int rows = SocietyWorkbook.read(new ByteArrayInputStream(upload)).size();
            System.out.println("READ " + rows);
        } catch (RuntimeException refused) {
            System.out.println("REFUSED " + refused);
        }
    }
}
