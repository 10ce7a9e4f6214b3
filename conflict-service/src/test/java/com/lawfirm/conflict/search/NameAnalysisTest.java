package com.lawfirm.conflict.search;

import org.junit.jupiter.api.Test;

import static com.lawfirm.events.party.PartyKind.ORGANIZATION;
import static com.lawfirm.events.party.PartyKind.PERSON;
import static org.assertj.core.api.Assertions.assertThat;

class NameAnalysisTest {

    @Test
    void aChineseCompanyNameSplitsIntoRegionTradeNameAndIndustry() {
        assertThat(NameAnalysis.parseChinese("杭州澜海智能科技有限公司"))
                .isEqualTo(new NameAnalysis.ChineseName("杭州", "澜海", "智能科技"));
        assertThat(NameAnalysis.parseChinese("澜海智能科技(杭州)有限公司"))
                .isEqualTo(new NameAnalysis.ChineseName("杭州", "澜海", "智能科技"));
        assertThat(NameAnalysis.parseChinese("畅达冷链科技有限公司").trade()).isEqualTo("畅达");
        assertThat(NameAnalysis.parseChinese("珠海横琴启明投资有限公司"))
                .isEqualTo(new NameAnalysis.ChineseName("珠海横琴", "启明", "投资"));
        assertThat(NameAnalysis.parseChinese("北京市华夏科技股份有限公司"))
                .isEqualTo(new NameAnalysis.ChineseName("北京", "华夏", "科技"));
    }

    @Test
    void regionBracketsTraditionalCharactersAndFullWidthFormsDoNotChangeTheKeys() {
        NameKeys plain = NameAnalysis.of(ORGANIZATION, "杭州澜海智能科技有限公司");
        assertThat(NameAnalysis.of(ORGANIZATION, "澜海智能科技（杭州）有限公司").exact()).isEqualTo(plain.exact());
        assertThat(NameAnalysis.of(ORGANIZATION, "杭州瀾海智能科技有限公司").exact()).isEqualTo(plain.exact());
        assertThat(NameAnalysis.of(ORGANIZATION, "澜海智能").trade()).isEqualTo(plain.trade());
        assertThat(plain.phonetic()).containsExactly("lanhai");
    }

    @Test
    void latinOrganisationsKeepOnlyTheirDistinctiveWords() {
        assertThat(NameAnalysis.of(ORGANIZATION, "The Initrode Corporation").trade()).containsExactly("initrode");
        assertThat(NameAnalysis.of(ORGANIZATION, "INITRODE Corp.").trade()).containsExactly("initrode");
        assertThat(NameAnalysis.of(ORGANIZATION, "Initrode Corportion").trade()).containsExactly("initrode");
        assertThat(NameAnalysis.of(ORGANIZATION, "Hangzhou Lanhai Intelligent Technology Co., Ltd.").phonetic())
                .containsExactly("lanhai");
        assertThat(NameAnalysis.of(ORGANIZATION, "Zenith Corporation").trade()).containsExactly("zenith");
    }

    @Test
    void personsMatchInAnyOrderAndAcrossScripts() {
        String liuYang = NameAnalysis.of(PERSON, "刘洋").phonetic().iterator().next();
        assertThat(NameAnalysis.of(PERSON, "Liu Yang").phonetic()).contains(liuYang);
        assertThat(NameAnalysis.of(PERSON, "LIU, Yang").phonetic()).contains(liuYang);
        assertThat(NameAnalysis.of(PERSON, "Yang Liu").phonetic()).contains(liuYang);
        assertThat(NameAnalysis.of(PERSON, "劉洋").exact()).isEqualTo(NameAnalysis.of(PERSON, "刘洋").exact());
        assertThat(NameAnalysis.of(PERSON, "Xiao Dong Zhang").phonetic())
                .containsAnyElementsOf(NameAnalysis.of(PERSON, "张晓东").phonetic());
        assertThat(NameAnalysis.of(PERSON, "罗晓东宇").exact()).isNotEqualTo(NameAnalysis.of(PERSON, "罗晓东").exact());
    }

    @Test
    void misspeltLegalFormsAreStillLegalForms() {
        assertThat(NameAnalysis.isLegalForm("corportion")).isTrue();
        assertThat(NameAnalysis.isLegalForm("limitted")).isTrue();
        assertThat(NameAnalysis.isLegalForm("initrode")).isFalse();
    }
}
