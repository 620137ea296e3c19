package org.kefu.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** What a file is comes from its bytes; names are cut down to something safe to show and send back. */
class CaseAttachmentSnifferTest {

    @Test
    void recognisesEachAcceptedTypeByItsContent() throws Exception {
        assertThat(CaseAttachmentSniffer.sniff(CaseAttachmentSamples.PDF)).contains(CaseAttachmentType.PDF);
        assertThat(CaseAttachmentSniffer.sniff(CaseAttachmentSamples.PNG)).contains(CaseAttachmentType.PNG);
        assertThat(CaseAttachmentSniffer.sniff(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0}))
                .contains(CaseAttachmentType.JPEG);
        assertThat(CaseAttachmentSniffer.sniff("GIF89a....".getBytes())).contains(CaseAttachmentType.GIF);
        assertThat(CaseAttachmentSniffer.sniff(CaseAttachmentSamples.TEXT)).contains(CaseAttachmentType.TEXT);
        assertThat(CaseAttachmentSniffer.sniff(CaseAttachmentSamples.docx())).contains(CaseAttachmentType.DOCX);
        assertThat(CaseAttachmentSniffer.sniff(CaseAttachmentSamples.xlsx())).contains(CaseAttachmentType.XLSX);
    }

    @Test
    void refusesWhatIsNoneOfThem() throws Exception {
        assertThat(CaseAttachmentSniffer.sniff(CaseAttachmentSamples.EXE)).isEqualTo(Optional.empty());
        assertThat(CaseAttachmentSniffer.sniff(CaseAttachmentSamples.plainZip())).isEmpty();
        assertThat(CaseAttachmentSniffer.sniff(new byte[] {'P', 'K', 3, 4, 0, 0})).isEmpty();
        assertThat(CaseAttachmentSniffer.sniff(new byte[] {'a', 'b', 0, 'c'})).isEmpty();
        assertThat(CaseAttachmentSniffer.sniff(new byte[] {'a', (byte) 0xc3, '('})).isEmpty();
    }

    @Test
    void namesLoseTheirPathControlAndDirectionCharacters() {
        assertThat(CaseAttachmentNames.sanitise("C:\\Users\\张三\\对账单.pdf", 200)).isEqualTo("对账单.pdf");
        assertThat(CaseAttachmentNames.sanitise("../../etc/passwd.txt", 200)).isEqualTo("passwd.txt");
        assertThat(CaseAttachmentNames.sanitise("invoice\u202Efdp.exe", 200)).isEqualTo("invoicefdp.exe");
        assertThat(CaseAttachmentNames.sanitise("a\r\nb\u0000.txt", 200)).isEqualTo("ab.txt");
        assertThat(CaseAttachmentNames.sanitise("...hidden.txt", 200)).isEqualTo("hidden.txt");
        assertThat(CaseAttachmentNames.sanitise("/", 200)).isNull();
        assertThat(CaseAttachmentNames.sanitise("长".repeat(300) + ".pdf", 200)).hasSize(200).endsWith("长.pdf");
    }

    @Test
    void theDownloadNameIsUtf8WithAnAsciiFallback() {
        assertThat(CaseAttachmentDownloads.contentDisposition("对账单 2026.pdf"))
                .isEqualTo("attachment; filename=\"___ 2026.pdf\"; filename*=UTF-8''%E5%AF%B9%E8%B4%A6%E5%8D%95%202026.pdf");
    }
}
