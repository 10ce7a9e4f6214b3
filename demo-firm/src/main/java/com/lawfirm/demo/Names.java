package com.lawfirm.demo;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Names and official identifiers for the demo firm, deterministic for the seed of its {@link Random} and each unique
 * in the firm. The sets are kept apart on purpose, so that the conflict index finds no one where no one is:
 * <ul>
 *   <li>Chinese company trade names (字号) are never reused and use no character that starts a region or industry word
 *       the index strips, so two companies meet only when the demo means them to;</li>
 *   <li>staff have two-character Chinese names, client and other people three-character ones, and the index matches
 *       Chinese personal names exactly: no client is ever mistaken for a member of staff, which would bar that member
 *       from the client's matter;</li>
 *   <li>staff logins avoid those the end-to-end tests enrol (li.na, zhang.wei, ...), so the demo can share their suite.</li>
 * </ul>
 */
final class Names {

    /** Cities with a district code each, for 统一社会信用代码 and 居民身份证号码 that look like the real thing. */
    static final List<String[]> REGIONS = List.of(new String[]{"北京", "110105"}, new String[]{"上海", "310104"},
            new String[]{"广州", "440106"}, new String[]{"深圳", "440305"}, new String[]{"杭州", "330106"},
            new String[]{"南京", "320106"}, new String[]{"成都", "510107"}, new String[]{"武汉", "420106"},
            new String[]{"西安", "610113"}, new String[]{"重庆", "500103"}, new String[]{"天津", "120101"},
            new String[]{"苏州", "320505"}, new String[]{"长沙", "430104"}, new String[]{"青岛", "370202"},
            new String[]{"宁波", "330203"}, new String[]{"厦门", "350203"}, new String[]{"合肥", "340104"},
            new String[]{"济南", "370102"}, new String[]{"无锡", "320214"}, new String[]{"佛山", "440604"});
    private static final String TRADE_CHARS = "瑞丰泰润嘉禾鼎盛恒远星银帆青松辰达启宏图金夏博雅正元宇创万通永信诚德隆合众昌富源鸿运腾卓越精立智锦程凯旋君仁致聚力景峰鹏瀚朗翔晟睿沐骏";
    private static final String[] INDUSTRIES = {"科技", "贸易", "实业", "投资", "物流", "置业", "电子", "文化传媒", "餐饮管理",
            "环保科技", "医药", "建设工程", "信息技术", "新能源", "食品", "服饰", "汽车销售", "教育咨询", "精密机械", "供应链管理"};
    private static final String[] FORMS = {"有限公司", "有限公司", "股份有限公司", "有限责任公司"};
    /** Surnames with distinct pinyin, so that staff logins (pinyin) are as distinct as the names. */
    private static final String[][] SURNAMES = {{"王", "wang"}, {"李", "li"}, {"张", "zhang"}, {"刘", "liu"}, {"陈", "chen"},
            {"杨", "yang"}, {"黄", "huang"}, {"赵", "zhao"}, {"吴", "wu"}, {"周", "zhou"}, {"徐", "xu"}, {"孙", "sun"},
            {"马", "ma"}, {"朱", "zhu"}, {"胡", "hu"}, {"郭", "guo"}, {"何", "he"}, {"高", "gao"}, {"林", "lin"}, {"罗", "luo"},
            {"郑", "zheng"}, {"梁", "liang"}, {"谢", "xie"}, {"宋", "song"}, {"唐", "tang"}, {"韩", "han"}, {"冯", "feng"},
            {"邓", "deng"}, {"曹", "cao"}, {"彭", "peng"}, {"曾", "zeng"}, {"肖", "xiao"}, {"田", "tian"}, {"董", "dong"},
            {"袁", "yuan"}, {"潘", "pan"}, {"蒋", "jiang"}, {"蔡", "cai"}, {"杜", "du"}, {"叶", "ye"}, {"程", "cheng"},
            {"苏", "su"}, {"丁", "ding"}, {"姚", "yao"}, {"卢", "lu"}, {"钟", "zhong"}, {"谭", "tan"}};
    /** One-character given names of staff, distinct pinyin; none gives a login the end-to-end tests use. */
    private static final String[][] STAFF_GIVEN = {{"敏", "min"}, {"强", "qiang"}, {"洋", "yang"}, {"勇", "yong"},
            {"艳", "yan"}, {"杰", "jie"}, {"涛", "tao"}, {"明", "ming"}, {"超", "chao"}, {"霞", "xia"}, {"平", "ping"},
            {"刚", "gang"}, {"丹", "dan"}, {"鹏", "peng"}, {"辉", "hui"}, {"玲", "ling"}, {"婷", "ting"}, {"宇", "yu"},
            {"浩", "hao"}, {"凯", "kai"}, {"琳", "lin"}, {"欣", "xin"}, {"晨", "chen"}, {"悦", "yue"}, {"博", "bo"},
            {"楠", "nan"}, {"倩", "qian"}, {"帆", "fan"}, {"颖", "ying"}, {"峰", "feng"}, {"斌", "bin"}, {"莉", "li"}};
    private static final Set<String> E2E_LOGINS = Set.of("li.na", "zhang.wei", "zhou.lei", "chen.jing", "qian.kuai",
            "dang.an", "qian.shen", "wang.fang", "admin", "matrix", "matrix-auditor");
    /** Given-name characters of clients and other people; each starts with a consonant, so two never read as one. */
    private static final String PERSON_GIVEN = "志国建文德晓军立新春秋永红光俊家嘉佳振子思雪梦雨婉诗书天金玉成荣瑞祥福庆桂兰秀芬丽美慧巧月晶佩";
    private static final String[] STAFF_FIRST = {"Emily", "Daniel", "Olivia", "Henry", "Grace", "Samuel", "Chloe", "Oscar"};
    private static final String[] STAFF_LAST = {"Carter", "Brooks", "Hughes", "Foster", "Bennett", "Reid", "Ellis", "Hayes"};
    private static final String[] FIRST = {"James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda",
            "William", "Elizabeth", "David", "Barbara", "Richard", "Susan", "Joseph", "Sarah", "Charles", "Karen", "Matthew",
            "Lisa", "Anthony", "Margaret", "Paul", "Sandra", "George", "Helen", "Edward", "Laura", "Kevin", "Rachel"};
    private static final String[] LAST = {"Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson",
            "Anderson", "Taylor", "Moore", "Martin", "Jackson", "Thompson", "White", "Harris", "Clark", "Lewis", "Walker",
            "Hall", "Allen", "Young", "King", "Wright", "Scott", "Green", "Baker", "Adams", "Nelson", "Mitchell"};
    /** Distinctive words only: the index drops generic ones (Global, Trading...), which would make every name alike. */
    private static final String[] WORDS = {"Atlas", "Summit", "Harbor", "Crescent", "Vertex", "Northern", "Golden",
            "Silver", "Apex", "Pioneer", "Liberty", "Meridian", "Orion", "Phoenix", "Titan", "Zenith", "Horizon", "Keystone",
            "Sterling", "Evergreen", "Falcon", "Granite", "Hudson", "Imperial", "Juniper", "Kingsley", "Lakeside", "Marlow",
            "Newport", "Oakridge", "Paragon", "Quantum", "Redwood", "Sapphire", "Trident", "Valiant", "Windsor", "Beacon"};
    private static final String[] EN_INDUSTRIES = {"Logistics", "Trading", "Capital", "Shipping", "Semiconductors",
            "Pharmaceuticals", "Foods", "Media", "Energy", "Robotics", "Software", "Retail"};
    private static final String[] EN_FORMS = {"Ltd", "Inc.", "LLC", "Holdings Limited", "Corporation", "GmbH", "Pte. Ltd."};
    private static final String USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] RESIDENT_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String RESIDENT_CHECK = "10X98765432";

    /** A member of staff's name and login. */
    record StaffName(String name, String login) {
    }

    private final Random random;
    private final Set<String> used = new HashSet<>();
    private final Set<String> trades = new HashSet<>();

    Names(Random random) {
        this.random = random;
    }

    int region() {
        return random.nextInt(REGIONS.size());
    }

    /** 杭州瑞丰科技有限公司: region, a trade name used by no other company, industry, legal form. */
    String chineseCompany(int region) {
        for (int attempt = 0; ; attempt++) {
            char first = TRADE_CHARS.charAt(random.nextInt(TRADE_CHARS.length()));
            char second = TRADE_CHARS.charAt(random.nextInt(TRADE_CHARS.length()));
            String trade = "" + first + second;
            if (first != second && trades.add(trade)) {
                return unique(REGIONS.get(region)[0] + trade + pick(INDUSTRIES) + pick(FORMS));
            }
            if (attempt > 100_000) {
                throw new IllegalStateException("no trade names left; ask for fewer clients or matters");
            }
        }
    }

    String chinesePerson() {
        return unique(() -> pick(SURNAMES)[0] + PERSON_GIVEN.charAt(random.nextInt(PERSON_GIVEN.length()))
                + PERSON_GIVEN.charAt(random.nextInt(PERSON_GIVEN.length())));
    }

    /** Atlas Summit Logistics Ltd: the index keeps only the two distinctive words, so no two companies share them. */
    String englishCompany() {
        return unique(() -> {
            String a = pick(WORDS);
            String b = pick(WORDS);
            if (a.equals(b) || trades.contains(b + " " + a) || !trades.add(a + " " + b)) {
                return "";
            }
            return a + " " + b + " " + pick(EN_INDUSTRIES) + " " + pick(EN_FORMS);
        });
    }

    String englishPerson() {
        return unique(() -> pick(FIRST) + " " + pick(LAST));
    }

    /** A government agency: the other side of an administrative matter, and rightly the same for many matters. */
    String agency(int region) {
        return REGIONS.get(region)[0] + "市市场监督管理局";
    }

    StaffName chineseStaff() {
        for (int attempt = 0; attempt < 100_000; attempt++) {
            String[] surname = pick(SURNAMES);
            String[] given = pick(STAFF_GIVEN);
            StaffName staff = new StaffName(surname[0] + given[0], surname[1] + "." + given[1]);
            if (!E2E_LOGINS.contains(staff.login()) && used.add(staff.name())) {
                return staff;
            }
        }
        throw new IllegalStateException("no staff names left");
    }

    StaffName englishStaff() {
        for (int attempt = 0; attempt < 1000; attempt++) {
            String first = pick(STAFF_FIRST);
            String last = pick(STAFF_LAST);
            if (used.add(first + " " + last)) {
                return new StaffName(first + " " + last, first.toLowerCase(Locale.ROOT) + "." + last.toLowerCase(Locale.ROOT));
            }
        }
        return chineseStaff();
    }

    /** 统一社会信用代码 with its check character per GB 32100-2015, as intake checks it. */
    String uscc(int region) {
        return unique(() -> {
            StringBuilder code = new StringBuilder("91").append(REGIONS.get(region)[1]);
            for (int i = 0; i < 9; i++) {
                code.append(USCC_CHARSET.charAt(random.nextInt(USCC_CHARSET.length())));
            }
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                sum += USCC_CHARSET.indexOf(code.charAt(i)) * USCC_WEIGHTS[i];
            }
            return code.append(USCC_CHARSET.charAt((31 - sum % 31) % 31)).toString();
        });
    }

    /** 居民身份证号码 with its check digit per GB 11643, born between 1960 and 2000. */
    String residentId(int region) {
        return unique(() -> {
            LocalDate born = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(365 * 40));
            String body = REGIONS.get(region)[1] + born.toString().replace("-", "") + "%03d".formatted(random.nextInt(1000));
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                sum += (body.charAt(i) - '0') * RESIDENT_WEIGHTS[i];
            }
            return body + RESIDENT_CHECK.charAt(sum % 11);
        });
    }

    String mobile() {
        return "+86 1%d%d %04d %04d".formatted(3 + random.nextInt(7), random.nextInt(10), random.nextInt(10_000),
                random.nextInt(10_000));
    }

    String surname() {
        return pick(SURNAMES)[0];
    }

    String englishSurname() {
        return pick(LAST);
    }

    <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private String unique(String name) {
        if (!used.add(name)) {
            throw new IllegalStateException("duplicate name " + name);
        }
        return name;
    }

    private String unique(java.util.function.Supplier<String> candidate) {
        for (int attempt = 0; attempt < 100_000; attempt++) {
            String name = candidate.get();
            if (!name.isEmpty() && used.add(name)) {
                return name;
            }
        }
        throw new IllegalStateException("no unique names left; ask for fewer clients or matters");
    }
}
