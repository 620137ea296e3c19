package org.kefu.customer;

/**
 * The 18-character resident ID number of GB 11643-1999: six digits of region, eight of birth date,
 * three of sequence (odd for men) and a check character over the first seventeen (ISO 7064 MOD 11-2).
 */
final class ResidentIds {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private ResidentIds() {
    }

    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    static boolean valid(String number) {
        if (number == null || !number.matches("[0-9]{17}[0-9Xx]")) {
            return false;
        }
        return Character.toUpperCase(number.charAt(17)) == checkCharacter(number.substring(0, 17));
    }
}
