package dev.sesref.cite;

/** Roman numeral conversion for subchapter numbers (package-private helper). */
final class Roman {

    private static final int[] VALUES = {100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] SYMBOLS = {"C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    private Roman() {}

    /** The value of a canonical upper-case numeral from I to CCCXCIX, or -1 if not canonical. */
    static int toInt(String roman) {
        if (roman == null || roman.isEmpty() || roman.length() > 12) {
            return -1;
        }
        int value = 0;
        int pos = 0;
        for (int i = 0; i < VALUES.length && pos < roman.length(); i++) {
            while (roman.startsWith(SYMBOLS[i], pos)) {
                value += VALUES[i];
                pos += SYMBOLS[i].length();
            }
        }
        if (pos != roman.length() || value == 0 || !toRoman(value).equals(roman)) {
            return -1;
        }
        return value;
    }

    /** The canonical upper-case numeral for 1..399. */
    static String toRoman(int value) {
        if (value < 1 || value > 399) {
            throw new IllegalArgumentException("roman numeral out of range: " + value);
        }
        StringBuilder sb = new StringBuilder();
        int rest = value;
        for (int i = 0; i < VALUES.length; i++) {
            while (rest >= VALUES[i]) {
                sb.append(SYMBOLS[i]);
                rest -= VALUES[i];
            }
        }
        return sb.toString();
    }
}
