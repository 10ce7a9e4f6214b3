package com.lawfirm.conflict.search;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The generic words of party names, which are never evidence on their own: regions, industries (Chinese, with
 * their English renderings), legal forms and articles. Sharing only these is not a hit.
 */
final class Vocabulary {

    private Vocabulary() {
    }

    /** Provinces, major cities and districts, longest first so 珠海横琴 strips as one region. */
    static final List<String> CHINESE_REGIONS = longestFirst(List.of(
            "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西",
            "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古",
            "广西", "西藏", "宁夏", "新疆", "香港", "澳门", "中国", "杭州", "宁波", "温州", "绍兴", "嘉兴", "湖州", "金华",
            "台州", "南京", "苏州", "无锡", "常州", "南通", "扬州", "徐州", "广州", "深圳", "珠海", "佛山", "东莞", "中山",
            "惠州", "汕头", "厦门", "福州", "泉州", "青岛", "济南", "烟台", "潍坊", "大连", "沈阳", "长春", "哈尔滨",
            "石家庄", "唐山", "太原", "郑州", "洛阳", "武汉", "长沙", "南昌", "合肥", "成都", "绵阳", "西安", "兰州", "西宁",
            "银川", "乌鲁木齐", "拉萨", "昆明", "贵阳", "南宁", "桂林", "海口", "三亚", "呼和浩特", "包头", "顺德", "横琴",
            "前海", "浦东", "滨海", "南山", "福田", "海淀", "朝阳", "余杭", "萧山", "西湖", "滨江", "江北", "雄安"));

    static final List<String> REGION_SUFFIXES = List.of("特别行政区", "自治区", "新区", "省", "市", "区", "县");

    /** Chinese legal forms, longest first. */
    static final List<String> CHINESE_LEGAL_FORMS = longestFirst(List.of(
            "集团股份有限公司", "股份有限公司", "集团有限公司", "有限责任公司", "有限合伙企业", "普通合伙企业", "有限公司",
            "合伙企业", "有限合伙", "集团公司", "总公司", "分公司", "公司", "集团", "事务所"));

    /** Chinese industry words with their English renderings (the pinyin is derived). */
    static final List<String[]> INDUSTRIES = List.of(
            new String[]{"智能科技", "intelligent technology"}, new String[]{"环保科技", "environmental technology"},
            new String[]{"冷链科技", "cold chain technology"}, new String[]{"信息技术", "information technology"},
            new String[]{"供应链管理", "supply chain management"}, new String[]{"资本管理", "capital management"},
            new String[]{"餐饮管理", "catering management"}, new String[]{"物业服务", "property services"},
            new String[]{"物业管理", "property management"}, new String[]{"房地产开发", "real estate development"},
            new String[]{"建设工程", "construction engineering"}, new String[]{"教育咨询", "education consulting"},
            new String[]{"文化传媒", "culture media"}, new String[]{"汽车销售", "automobile sales"},
            new String[]{"进出口", "import export"}, new String[]{"新能源", "new energy"}, new String[]{"房地产", "real estate"},
            new String[]{"供应链", "supply chain"}, new String[]{"科技", "technology tech"}, new String[]{"智能", "intelligent smart"},
            new String[]{"软件", "software"}, new String[]{"电子", "electronics electronic"}, new String[]{"贸易", "trading trade"},
            new String[]{"商贸", "commerce trading"}, new String[]{"食品", "food foods"}, new String[]{"投资", "investment investments"},
            new String[]{"医药", "pharmaceutical pharmaceuticals pharma medicine"}, new String[]{"实业", "industrial industries industry"},
            new String[]{"物流", "logistics"}, new String[]{"仓储", "warehousing storage"}, new String[]{"冷链", "cold chain"},
            new String[]{"数据", "data"}, new String[]{"资本", "capital"}, new String[]{"控股", "holdings holding"},
            new String[]{"国际", "international"}, new String[]{"信息", "information"}, new String[]{"网络", "network networks"},
            new String[]{"技术", "technology technologies"}, new String[]{"生物", "biotech biological bio"},
            new String[]{"化工", "chemical chemicals"}, new String[]{"机械", "machinery"}, new String[]{"制造", "manufacturing"},
            new String[]{"设备", "equipment"}, new String[]{"材料", "materials"}, new String[]{"建筑", "construction"},
            new String[]{"装饰", "decoration"}, new String[]{"广告", "advertising"}, new String[]{"传媒", "media"},
            new String[]{"文化", "culture cultural"}, new String[]{"金融", "finance financial"}, new String[]{"保险", "insurance"},
            new String[]{"证券", "securities"}, new String[]{"农业", "agriculture agricultural"}, new String[]{"纺织", "textile textiles"},
            new String[]{"服装", "apparel garments"}, new String[]{"酒店", "hotel hotels"}, new String[]{"旅游", "travel tourism"},
            new String[]{"健康", "health healthcare"}, new String[]{"医疗", "medical"}, new String[]{"器械", "devices instruments"},
            new String[]{"航运", "shipping"}, new String[]{"运输", "transport transportation"}, new String[]{"能源", "energy"},
            new String[]{"教育", "education"}, new String[]{"咨询", "consulting consultancy"}, new String[]{"管理", "management"},
            new String[]{"服务", "services service"}, new String[]{"销售", "sales"}, new String[]{"汽车", "automobile automotive auto motors"},
            new String[]{"开发", "development"}, new String[]{"发展", "development"}, new String[]{"工程", "engineering"},
            new String[]{"餐饮", "catering restaurants"}, new String[]{"产业", "industries"}, new String[]{"企业", "enterprise enterprises"});

    static final List<String> CHINESE_INDUSTRIES = longestFirst(INDUSTRIES.stream().map(i -> i[0]).toList());

    static final Set<String> LATIN_LEGAL_FORMS = Set.of("co", "company", "corp", "corporation", "inc", "incorporated",
            "ltd", "limited", "llc", "llp", "lp", "plc", "gmbh", "ag", "sa", "s", "a", "bv", "nv", "pte", "pty", "sarl",
            "spa", "kk", "oy", "ab", "sas", "srl", "group", "holdings", "holding", "partners", "labs", "youxian", "gongsi",
            "zeren", "gufen", "jituan");

    /** Legal-form words long enough to be recognised through a typo (Corportion, Limitted). */
    static final List<String> LONG_LATIN_LEGAL_FORMS = List.of("company", "corporation", "incorporated", "limited", "holdings");

    static final Set<String> ARTICLES = Set.of("the", "a", "an", "and", "of", "de", "la", "le", "der", "die", "das");

    /** Generic English words of organisation names beyond the industry renderings. */
    static final Set<String> LATIN_GENERIC = Set.of("retail", "trading", "foods", "motors", "energy", "media", "pharma",
            "industries", "logistics", "consulting", "services", "solutions", "systems", "ventures", "enterprises",
            "international", "global", "china", "chinese");

    static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙",
            "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐", "澹台", "端木", "轩辕", "独孤", "南宫", "西门");

    private static List<String> longestFirst(List<String> words) {
        return Stream.of(words.toArray(String[]::new)).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }
}
