package com.lawfirm.conflict.search;

import com.ibm.icu.text.Transliterator;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ICU transliteration: traditional to simplified Chinese, and Chinese characters to toneless pinyin. Both are taken
 * character by character and each character's result remembered: names are short, the characters they use are few,
 * and ICU's rule engine is the index build's main cost otherwise. (Character by character, a polyphonic character
 * always reads the same way; index and queries share the rule, so they still meet.) ICU's transliterators are not
 * thread-safe, so each thread gets its own.
 */
final class Transliteration {

    private static final ThreadLocal<Transliterator> SIMPLIFIED =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));
    private static final ThreadLocal<Transliterator> PINYIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Han-Latin; Latin-ASCII; Lower"));
    private static final Map<Integer, String> SIMPLIFIED_CHARS = new ConcurrentHashMap<>();
    private static final Map<Integer, String> PINYIN_CHARS = new ConcurrentHashMap<>();

    private Transliteration() {
    }

    /** NFKC (full-width forms fold), simplified characters, lower case. */
    static String fold(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder folded = new StringBuilder(nfkc.length());
        nfkc.codePoints().forEach(cp -> {
            if (isHan(cp)) {
                folded.append(SIMPLIFIED_CHARS.computeIfAbsent(cp, c -> SIMPLIFIED.get().transliterate(Character.toString(c))));
            } else {
                folded.appendCodePoint(cp);
            }
        });
        return folded.toString().toLowerCase(Locale.ROOT);
    }

    /** Toneless pinyin of Chinese text, syllables separated by spaces. */
    static String pinyin(String han) {
        StringBuilder latin = new StringBuilder(han.length() * 4);
        han.codePoints().forEach(cp -> {
            String syllable = PINYIN_CHARS.computeIfAbsent(cp, c -> PINYIN.get().transliterate(Character.toString(c)));
            latin.append(isHan(cp) ? " " + syllable + " " : syllable);
        });
        return latin.toString().replaceAll("[^a-z ]", "").replaceAll(" {2,}", " ").strip();
    }

    static boolean hasHan(String text) {
        return text.codePoints().anyMatch(Transliteration::isHan);
    }

    private static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}
