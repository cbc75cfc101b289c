package org.citycast.publicity.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

/** An upload that is no workbook at all is refused naming the file, whatever POI makes of it. */
class SpreadsheetsTest {

    @Test
    void anEmptyOrForeignFileIsRefusedNamingTheFile() {
        for (byte[] upload : List.of(new byte[0], "MZ this program cannot be run".getBytes())) {
            assertThatThrownBy(() -> Spreadsheets.read(new ByteArrayInputStream(upload), List.of(), 10))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("file"));
        }
    }
}
