package dev.sesref.search;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Applies normalisation rules in order, giving exactly what a chain of {@code replaceAll} calls
 * gives, but reading the text once: one pass notes every position where some rule's match can begin
 * (by its first three characters and, for rules that start at a word boundary, the one before), and
 * each rule then tries its pattern only there. The text is read again only after a rule changed it.
 */
final class Normalizer {
    private final List<QueryText.Rule> rules;

    /** The rule bits of each character a match can begin with. */
    private final CharBits first = new CharBits();

    /**
     * {@code next[k]}: the rule bits of each character a match can have {@code k + 1} places after
     * its first, for the rules in {@code nextRules[k]} (those that say; second and third
     * characters).
     */
    private final CharBits[] next = {new CharBits(), new CharBits()};

    private final int[] nextRules = new int[next.length];

    /** Bits of the rules that begin at a word boundary before a word character. */
    private final int wordStartRules;

    /**
     * Per ASCII character, {@code first}'s rule bits with {@link #WORD} added for word characters:
     * the scan's common case (a character no match begins with) is one lookup.
     */
    private final int[] asciiScan = new int[128];

    private static final int WORD = 1 << 31;

    Normalizer(List<QueryText.Rule> rules) {
        if (rules.size() > 31) {
            throw new IllegalArgumentException("at most 31 rules");
        }
        this.rules = List.copyOf(rules);
        int wordStart = 0;
        for (int r = 0; r < rules.size(); r++) {
            QueryText.Rule rule = rules.get(r);
            wordStart |= rule.wordStart() ? 1 << r : 0;
            first.add(rule.firstChars(), 1 << r);
            List<String> following = List.of(rule.secondChars(), rule.thirdChars());
            for (int k = 0; k < next.length; k++) {
                nextRules[k] |= following.get(k).isEmpty() ? 0 : 1 << r;
                next[k].add(following.get(k), 1 << r);
            }
        }
        this.wordStartRules = wordStart;
        for (char c = 0; c < asciiScan.length; c++) {
            asciiScan[c] = first.of(c) | (word(c) ? WORD : 0);
        }
    }

    /** Rule bits per character: a table for ASCII, a short list for the rest. */
    private static final class CharBits {
        private final int[] ascii = new int[128];
        private String otherChars = "";
        private int[] otherBits = new int[0];

        void add(String chars, int bit) {
            for (char c : chars.toCharArray()) {
                if (c < 128) {
                    ascii[c] |= bit;
                    continue;
                }
                int at = otherChars.indexOf(c);
                if (at < 0) {
                    otherChars += c;
                    otherBits = Arrays.copyOf(otherBits, otherBits.length + 1);
                    at = otherBits.length - 1;
                }
                otherBits[at] |= bit;
            }
        }

        int of(char c) {
            if (c < 128) {
                return ascii[c];
            }
            int at = otherChars.indexOf(c);
            return at < 0 ? 0 : otherBits[at];
        }
    }

    String apply(String text) {
        Starts starts = new Starts();
        scan(text, 0, text.length(), starts);
        String s = text;
        for (int r = 0; r < rules.size(); r++) {
            IntList edits = new IntList();
            String next = apply(rules.get(r), 1 << r, s, starts, edits);
            if (next != s) {
                starts = update(starts, edits, next);
                s = next;
            }
        }
        return s;
    }

    /**
     * Positions where a match may begin, ascending, and the bits of the rules that may begin there.
     */
    private static final class Starts {
        final IntList positions = new IntList();
        final IntList rules = new IntList();

        void add(int pos, int bits) {
            positions.add(pos);
            rules.add(bits);
        }

        int size() {
            return positions.size();
        }
    }

    /** Adds the starts in [from, to) of {@code s}. */
    private void scan(String s, int from, int to, Starts out) {
        boolean afterWord = from > 0 && word(s.charAt(from - 1));
        for (int pos = from; pos < to; pos++) {
            char c = s.charAt(pos);
            int scan = c < asciiScan.length ? asciiScan[c] : first.of(c);
            int bits = (afterWord ? scan & ~wordStartRules : scan) & ~WORD;
            afterWord = scan < 0;
            if (bits == 0) {
                continue;
            }
            for (int k = 0; k < next.length && bits != 0; k++) {
                if ((bits & nextRules[k]) != 0) {
                    int at = pos + k + 1;
                    bits &= ~nextRules[k] | (at < s.length() ? next[k].of(s.charAt(at)) : 0);
                }
            }
            if (bits != 0) {
                out.add(pos, bits);
            }
        }
    }

    /** An ASCII letter, digit or underscore. */
    private static boolean word(char c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || c == '_';
    }

    /**
     * The starts of the edited text: a position's start depends only on its character, the one just
     * before it and the {@code next.length} after it, so old starts outside the edited spans move
     * by the length change, and each new span with that many characters before it and the one after
     * it is scanned again.
     */
    private Starts update(Starts old, IntList edits, String text) {
        Starts out = new Starts();
        int i = 0;
        int delta = 0;
        for (int e = 0; e < edits.size(); e += 4) {
            int oldStart = edits.get(e);
            int oldEnd = edits.get(e + 1);
            for (; i < old.size() && old.positions.get(i) < oldStart - next.length; i++) {
                out.add(old.positions.get(i) + delta, old.rules.get(i));
            }
            while (i < old.size() && old.positions.get(i) <= oldEnd) {
                i++;
            }
            int rescanFrom =
                    Math.max(
                            Math.max(0, edits.get(e + 2) - next.length),
                            out.size() == 0 ? 0 : out.positions.get(out.size() - 1) + 1);
            scan(text, rescanFrom, Math.min(text.length(), edits.get(e + 3) + 1), out);
            delta = edits.get(e + 3) - oldEnd;
        }
        for (; i < old.size(); i++) {
            out.add(old.positions.get(i) + delta, old.rules.get(i));
        }
        return out;
    }

    /**
     * One rule over the text at its noted positions, left to right as {@code replaceAll} finds
     * matches; each replaced span goes into {@code edits} as old start, old end, new start, new
     * end.
     */
    private static String apply(
            QueryText.Rule rule, int bit, String text, Starts starts, IntList edits) {
        Matcher m = null;
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < starts.size(); i++) {
            int pos = starts.positions.get(i);
            if ((starts.rules.get(i) & bit) == 0 || pos < copied) {
                continue;
            }
            if (m == null) {
                m =
                        rule.pattern()
                                .matcher(text)
                                .useTransparentBounds(true)
                                .useAnchoringBounds(false);
            }
            if (m.region(pos, text.length()).lookingAt()) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16);
                }
                out.append(text, copied, pos);
                int newStart = out.length();
                expand(rule.replacement(), m, out);
                copied = m.end();
                edits.add(pos);
                edits.add(copied);
                edits.add(newStart);
                edits.add(out.length());
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /**
     * Appends a replacement: literal text and {@code $n} group references.
     * (Matcher.appendReplacement would do it, but {@code region} resets the position it appends
     * from.)
     */
    private static void expand(String replacement, Matcher m, StringBuilder out) {
        for (int i = 0; i < replacement.length(); i++) {
            char c = replacement.charAt(i);
            if (c == '$') {
                String group = m.group(replacement.charAt(++i) - '0');
                out.append(group == null ? "" : group);
            } else {
                out.append(c);
            }
        }
    }
}
