package com.lawfirm.conflict.search;

import com.ibm.icu.text.Transliterator;

import java.text.Normalizer;
import java.util.Locale;

/**
 * ICU transliteration: traditional to simplified Chinese, and Chinese characters to toneless pinyin. ICU's
 * transliterators are not thread-safe, so each thread gets its own.
 */
final class Transliteration {

    private static final ThreadLocal<Transliterator> SIMPLIFIED =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));
    private static final ThreadLocal<Transliterator> PINYIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Han-Latin; Latin-ASCII; Lower"));

    private Transliteration() {
    }

    /** NFKC (full-width forms fold), simplified characters, lower case. */
    static String fold(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        return SIMPLIFIED.get().transliterate(nfkc).toLowerCase(Locale.ROOT);
    }

    /** Toneless pinyin of Chinese text, syllables separated by spaces. */
    static String pinyin(String han) {
        return PINYIN.get().transliterate(han).replaceAll("[^a-z ]", "").strip();
    }

    static boolean hasHan(String text) {
        return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
