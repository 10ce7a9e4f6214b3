package com.lawfirm.benchmarks;

import com.lawfirm.events.conflict.ImportedParty;
import com.lawfirm.events.conflict.LegacyAffiliationImported;
import com.lawfirm.events.conflict.LegacyMatterImported;
import com.lawfirm.events.party.IdentifierScheme;
import com.lawfirm.events.party.PartyIdentifier;
import com.lawfirm.events.party.PartyKind;
import com.lawfirm.events.party.PartyRole;

import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * A synthetic firm for the conflict index: parties with distinct names (Chinese companies of region, trade name,
 * industry and legal form; Chinese people; English companies and people; some with identifiers), matters of three
 * parties each and affiliations between random parties, as the legacy import records them. Deterministic for a seed.
 */
final class SyntheticFirm {

    private static final String[] REGIONS = {"北京", "上海", "广州", "深圳", "杭州", "南京", "成都", "武汉", "西安", "重庆",
            "天津", "苏州", "长沙", "郑州", "青岛", "宁波", "厦门", "合肥", "济南", "大连", "沈阳", "昆明", "福州", "无锡",
            "佛山", "东莞", "温州", "南昌", "贵阳", "太原"};
    private static final String CHARS = "华夏鼎盛恒远星河银泰长风云帆青松北辰明达光启宏图金鼎嘉禾瑞丰泰和天润中联"
            + "海纳博雅正元东方新宇同创万通汇丰永安信诚德隆合众安泰昌盛富源兴业鸿运腾飞卓越精诚立信启明智汇"
            + "锦程凯旋君安华润龙腾凤鸣仁和致远宏达聚力博通景峰鹏程瀚海朗润翔宇晟睿沐阳卓群骏驰天成伟业福瑞";
    private static final String[] INDUSTRIES = {"科技", "贸易", "实业", "投资", "物流", "置业", "电子", "传媒", "餐饮管理",
            "环保科技", "医药", "建设工程", "信息技术", "能源", "食品", "服饰", "汽车销售", "教育咨询", "文化发展", "机械制造"};
    private static final String[] FORMS = {"有限公司", "股份有限公司", "有限责任公司"};
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武";
    private static final String[] WORDS = {"Global", "Pacific", "Atlas", "Summit", "Harbor", "Crescent", "Vertex", "Northern",
            "Golden", "Silver", "Eastern", "Western", "Apex", "Pioneer", "Liberty", "Meridian", "Orion", "Phoenix", "Titan",
            "Zenith", "Horizon", "Keystone", "Sterling", "Evergreen", "Falcon", "Granite", "Hudson", "Imperial", "Juniper",
            "Kingsley", "Lakeside", "Marlow", "Newport", "Oakridge", "Paragon", "Quantum", "Redwood", "Sapphire", "Trident",
            "Union", "Valiant", "Windsor", "Yorkshire", "Beacon", "Cedar", "Dynamic", "Emerald", "Frontier", "Gateway", "Highland"};
    private static final String[] EN_FORMS = {"Ltd", "Inc.", "LLC", "Holdings Limited", "Corporation", "GmbH"};
    private static final String[] FIRST = {"James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda",
            "William", "Elizabeth", "David", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah",
            "Charles", "Karen", "Daniel", "Nancy", "Matthew", "Lisa", "Anthony", "Betty", "Mark", "Margaret", "Paul", "Sandra"};
    private static final String[] RELATIONS = {"SUBSIDIARY_OF", "PARENT_OF", "CONTROLLED_BY", "SHAREHOLDER_OF",
            "SPOUSE_OF", "RELATIVE_OF", "EMPLOYEE_OF"};

    private final int parties;
    private final int matters;
    private final int affiliations;
    private final long seed;

    /** {@code relationships} are split: three parties on each matter (60%), the rest affiliations. */
    SyntheticFirm(int parties, int relationships, long seed) {
        this.parties = parties;
        this.matters = relationships * 6 / 10 / 3;
        this.affiliations = relationships - matters * 3;
        this.seed = seed;
    }

    int matters() {
        return matters;
    }

    int affiliations() {
        return affiliations;
    }

    /** Every record of the firm, in the order an import would write them. */
    void records(Consumer<Object> sink) {
        Random random = new Random(seed);
        PartyRole[] roles = {PartyRole.CLIENT, PartyRole.ADVERSE, PartyRole.RELATED};
        for (int m = 0; m < matters; m++) {
            List<ImportedParty> on = List.of(party(random.nextInt(parties), roles[0]),
                    party(random.nextInt(parties), roles[1]), party(random.nextInt(parties), roles[2]));
            sink.accept(new LegacyMatterImported("bm-" + m, "bench", "B-%07d".formatted(m), "合同纠纷 dispute " + m,
                    random.nextInt(10) < 3 ? "OPEN" : "CLOSED", "LITIGATION", on));
        }
        for (int a = 0; a < affiliations; a++) {
            sink.accept(new LegacyAffiliationImported("ba-" + a, "bench", party(random.nextInt(parties), null),
                    RELATIONS[random.nextInt(RELATIONS.length)], party(random.nextInt(parties), null)));
        }
    }

    /** Party {@code p}: its kind by p mod 10, its name unique among parties of that kind. */
    static ImportedParty party(int p, PartyRole role) {
        int j = p / 10;
        return switch (p % 10) {
            case 0, 1, 2, 3, 4, 5 -> new ImportedParty(role, PartyKind.ORGANIZATION, chineseCompany(j + p % 10 * 200_000),
                    List.of(), List.of(), p % 3 == 0 ? List.of(new PartyIdentifier(IdentifierScheme.CN_USCC,
                    "91%016d".formatted(p))) : List.of());
            case 6, 7 -> new ImportedParty(role, PartyKind.PERSON, chinesePerson(j + p % 10 * 200_000), List.of(), List.of(), List.of());
            case 8 -> new ImportedParty(role, PartyKind.ORGANIZATION, englishCompany(j), List.of(), List.of(), List.of());
            default -> new ImportedParty(role, PartyKind.PERSON, englishPerson(j), List.of(), List.of(), List.of());
        };
    }

    static String chineseCompany(int i) {
        int c = CHARS.length();
        return REGIONS[i % REGIONS.length] + CHARS.charAt(i / REGIONS.length % c) + CHARS.charAt(i / REGIONS.length / c % c)
                + INDUSTRIES[i / REGIONS.length / c / c % INDUSTRIES.length] + FORMS[i % FORMS.length];
    }

    static String chinesePerson(int i) {
        int c = CHARS.length();
        int s = SURNAMES.length();
        return "" + SURNAMES.charAt(i % s) + CHARS.charAt(i / s % c) + CHARS.charAt(i / s / c % c);
    }

    static String englishCompany(int i) {
        int w = WORDS.length;
        return WORDS[i % w] + " " + WORDS[i / w % w] + " " + WORDS[i / w / w % w] + " " + EN_FORMS[i % EN_FORMS.length];
    }

    static String englishPerson(int i) {
        int w = WORDS.length;
        return FIRST[i % FIRST.length] + " " + (char) ('A' + i / FIRST.length % 26) + ". " + WORDS[i / FIRST.length / 26 % w]
                + "son-" + WORDS[i / FIRST.length / 26 / w % w];
    }
}
