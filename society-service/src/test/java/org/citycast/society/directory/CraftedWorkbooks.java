package org.citycast.society.directory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A well-formed xlsx whose one sheet inflates to far more than its upload size: rows alike enough
 * to compress about 80 times, so that it stays under POI's default inflate-ratio alarm (100 times)
 * and the upload stays under a megabyte, yet the sheet is tens of megabytes of XML.
 */
final class CraftedWorkbooks {

    private CraftedWorkbooks() {
    }

    record Crafted(byte[] bytes, long inflatedSheetBytes) {
    }

    static Crafted expandingSheet(int rows) throws IOException {
        var out = new ByteArrayOutputStream();
        long inflated;
        try (var zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                    </Relationships>""");
            entry(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                    <sheets><sheet name="学会名录" sheetId="1" r:id="rId1"/></sheets>
                    </workbook>""");
            entry(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                    </Relationships>""");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            inflated = sheet(zip, rows);
            zip.closeEntry();
        }
        return new Crafted(out.toByteArray(), inflated);
    }

    private static long sheet(OutputStream zip, int rows) throws IOException {
        long written = write(zip, """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\
                <row><c t="inlineStr"><is><t>名称</t></is></c><c t="inlineStr"><is><t>学科门类</t></is></c>\
                <c t="inlineStr"><is><t>挂靠单位</t></is></c></row>""");
        var random = new Random(7);
        for (int r = 0; r < rows; r++) {
            String members = r % 3 == 0 ? Integer.toString(random.nextInt(100)) : "1";
            written += write(zip, "<row><c t=\"inlineStr\"><is><t>济宁市学会</t></is></c><c><v>" + members
                    + "</v></c><c><v>2</v></c></row>");
        }
        return written + write(zip, "</sheetData></worksheet>");
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        write(zip, text);
        zip.closeEntry();
    }

    private static long write(OutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.write(bytes);
        return bytes.length;
    }
}
