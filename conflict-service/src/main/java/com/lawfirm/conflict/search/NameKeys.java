package com.lawfirm.conflict.search;

import java.util.Set;

/**
 * What a name is compared by.
 *
 * @param han        whether the name is written in Chinese characters
 * @param exact      the whole name, normalised (for organisations: region, trade name and industry, in that order,
 *                   wherever the region was written; legal forms dropped)
 * @param trade      the distinctive part: a Chinese organisation's trade name (字号), a Latin organisation's
 *                   non-generic words, a person's name
 * @param phonetic   keys that meet across scripts: pinyin of the trade name or person, Latin words joined
 * @param fuzzy      distinctive Latin words long enough to be matched through a typo
 */
record NameKeys(boolean han, Set<String> exact, Set<String> trade, Set<String> phonetic, Set<String> fuzzy) {
}
