package org.kefu.bench;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** An 18-character resident ID number with a valid GB 11643 check character, for generated customers. */
final class ResidentId {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private ResidentId() {
    }

    static String of(int area, LocalDate birth, int sequence, boolean male) {
        int seq = sequence % 500 * 2 + (male ? 1 : 0);
        String body = "%06d%s%03d".formatted(area, birth.format(DateTimeFormatter.BASIC_ISO_DATE), seq % 1000);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + CHECK.charAt(sum % 11);
    }
}
