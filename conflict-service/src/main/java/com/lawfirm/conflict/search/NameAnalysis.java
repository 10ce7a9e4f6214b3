package com.lawfirm.conflict.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.lawfirm.events.party.PartyKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a party's name into {@link NameKeys}: Chinese company names parsed into region, trade name (字号), industry
 * and legal form; Latin organisation names stripped of articles, legal forms (also misspelt) and generic words;
 * person names keyed in any order and, across scripts, by pinyin.
 */
final class NameAnalysis {

    private static final Pattern BRACKETED = Pattern.compile("\\(([^)]*)\\)");
    private static final Set<String> LATIN_GENERIC_WORDS = latinGenericWords();
    private static final Cache<CacheKey, NameKeys> CACHE = Caffeine.newBuilder().maximumSize(200_000).build();

    private record CacheKey(PartyKind kind, String name) {
    }

    private NameAnalysis() {
    }

    /**
     * The keys of a name, remembered for the names seen most recently or most often: a party is analysed when it
     * joins the graph and again each time its document is rewritten (every new matter or affiliation).
     */
    static NameKeys of(PartyKind kind, String name) {
        return CACHE.get(new CacheKey(kind, name == null ? "" : name), key -> analyse(key.kind(), key.name()));
    }

    private static NameKeys analyse(PartyKind kind, String name) {
        String folded = Transliteration.fold(name == null ? "" : name);
        boolean han = Transliteration.hasHan(folded);
        if (kind == PartyKind.PERSON) {
            return han ? chinesePerson(folded) : latinPerson(folded);
        }
        return han ? chineseOrganisation(folded) : latinOrganisation(folded);
    }

    /** The parts of a Chinese organisation name. */
    record ChineseName(String region, String trade, String industry) {
    }

    static ChineseName parseChinese(String folded) {
        String s = folded.replaceAll("[\\s·・.,，、]", "");
        StringBuilder region = new StringBuilder();
        Matcher bracket = BRACKETED.matcher(s);
        StringBuilder rest = new StringBuilder();
        while (bracket.find()) {
            String inner = bracket.group(1);
            if (stripRegion(inner).isEmpty()) {
                region.append(inner);
            }
            bracket.appendReplacement(rest, "");
        }
        bracket.appendTail(rest);
        s = rest.toString();
        s = stripLegalForms(s);
        String afterRegion = stripRegion(s);
        region.insert(0, s.substring(0, s.length() - afterRegion.length()));
        s = afterRegion;
        StringBuilder industry = new StringBuilder();
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String word : Vocabulary.CHINESE_INDUSTRIES) {
                if (s.endsWith(word) && s.length() - word.length() >= 2) {
                    industry.insert(0, word);
                    s = s.substring(0, s.length() - word.length());
                    stripped = true;
                    break;
                }
            }
        }
        return new ChineseName(canonicalRegion(region.toString()), s, industry.toString());
    }

    private static NameKeys chineseOrganisation(String folded) {
        ChineseName name = parseChinese(folded);
        String trade = name.trade().isEmpty() ? folded : name.trade();
        return new NameKeys(true, Set.of(name.region() + "|" + trade + "|" + name.industry()), Set.of(trade),
                Set.of(Transliteration.pinyin(trade).replace(" ", "")), Set.of());
    }

    private static NameKeys latinOrganisation(String folded) {
        List<String> words = words(folded);
        List<String> distinctive = new ArrayList<>();
        for (String word : words) {
            if (!Vocabulary.ARTICLES.contains(word) && !isLegalForm(word) && !LATIN_GENERIC_WORDS.contains(word)) {
                distinctive.add(word);
            }
        }
        if (distinctive.isEmpty()) {
            distinctive = words;
        }
        String trade = String.join(" ", distinctive);
        Set<String> fuzzy = new LinkedHashSet<>();
        distinctive.stream().filter(w -> w.length() >= 5).forEach(fuzzy::add);
        return new NameKeys(false, Set.of(String.join(" ", words)), Set.of(trade), Set.of(String.join("", distinctive)), fuzzy);
    }

    private static NameKeys chinesePerson(String folded) {
        String name = folded.replaceAll("[\\s·・.,，]", "");
        int surnameLength = name.length() > 2 && Vocabulary.COMPOUND_SURNAMES.contains(name.substring(0, 2)) ? 2 : 1;
        String surname = Transliteration.pinyin(name.substring(0, Math.min(surnameLength, name.length()))).replace(" ", "");
        String given = Transliteration.pinyin(name.substring(Math.min(surnameLength, name.length()))).replace(" ", "");
        return new NameKeys(true, Set.of(name), Set.of(name), Set.of(sorted(List.of(surname, given))), Set.of());
    }

    /** Any order (Liu Yang, Yang Liu, LIU, Yang), and a given name written in one word or two. */
    private static NameKeys latinPerson(String folded) {
        List<String> words = words(folded);
        Set<String> phonetic = new HashSet<>();
        phonetic.add(sorted(words));
        for (int i = 0; i < words.size() && words.size() > 2; i++) {
            List<String> others = new ArrayList<>(words);
            String surname = others.remove(i);
            phonetic.add(sorted(List.of(surname, String.join("", others))));
        }
        String key = sorted(words);
        return new NameKeys(false, Set.of(key), Set.of(key), phonetic, Set.of());
    }

    static boolean isLegalForm(String word) {
        if (Vocabulary.LATIN_LEGAL_FORMS.contains(word)) {
            return true;
        }
        return word.length() >= 6 && Vocabulary.LONG_LATIN_LEGAL_FORMS.stream().anyMatch(form -> editDistance(word, form) <= 2);
    }

    private static String stripLegalForms(String s) {
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String form : Vocabulary.CHINESE_LEGAL_FORMS) {
                if (s.endsWith(form) && s.length() > form.length()) {
                    s = s.substring(0, s.length() - form.length());
                    stripped = true;
                    break;
                }
            }
        }
        return s;
    }

    /** What is left after leading regions (with 省/市/区 after them) are taken off. */
    private static String stripRegion(String s) {
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String region : Vocabulary.CHINESE_REGIONS) {
                if (s.startsWith(region)) {
                    s = s.substring(region.length());
                    for (String suffix : Vocabulary.REGION_SUFFIXES) {
                        if (s.startsWith(suffix)) {
                            s = s.substring(suffix.length());
                            break;
                        }
                    }
                    stripped = true;
                    break;
                }
            }
        }
        return s;
    }

    private static String canonicalRegion(String region) {
        String r = region;
        for (String suffix : Vocabulary.REGION_SUFFIXES) {
            r = r.replace(suffix, "");
        }
        return r;
    }

    private static List<String> words(String folded) {
        return Arrays.stream(folded.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }

    private static String sorted(List<String> words) {
        return String.join(" ", new TreeSet<>(words.stream().filter(w -> !w.isEmpty()).toList()));
    }

    private static Set<String> latinGenericWords() {
        Set<String> generic = new HashSet<>(Vocabulary.LATIN_GENERIC);
        for (String[] industry : Vocabulary.INDUSTRIES) {
            generic.addAll(Arrays.asList(industry[1].split(" ")));
            generic.add(Transliteration.pinyin(industry[0]).replace(" ", ""));
        }
        for (String region : Vocabulary.CHINESE_REGIONS) {
            generic.add(Transliteration.pinyin(region).replace(" ", ""));
        }
        for (String form : Vocabulary.CHINESE_LEGAL_FORMS) {
            generic.add(Transliteration.pinyin(form).replace(" ", ""));
        }
        return generic;
    }

    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
