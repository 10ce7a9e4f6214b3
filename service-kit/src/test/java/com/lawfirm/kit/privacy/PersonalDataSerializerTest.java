package com.lawfirm.kit.privacy;

import com.lawfirm.events.billing.FeeAgreementMade;
import com.lawfirm.events.conflict.AffiliationLink;
import com.lawfirm.events.conflict.ConflictCheckCompleted;
import com.lawfirm.events.conflict.FrozenHit;
import com.lawfirm.events.conflict.HitMatter;
import com.lawfirm.events.intake.ClientPersonalDataErased;
import com.lawfirm.events.intake.ClientRegistered;
import com.lawfirm.events.intake.FeeComponent;
import com.lawfirm.events.intake.FeeModel;
import com.lawfirm.events.intake.FeeQuote;
import com.lawfirm.events.intake.MatterType;
import com.lawfirm.events.intake.PersonalDataConsent;
import com.lawfirm.events.matter.ClientReferralRecorded;
import com.lawfirm.events.matter.MatterOpened;
import com.lawfirm.events.party.Contact.ContactKind;
import com.lawfirm.events.party.Contact;
import com.lawfirm.events.party.FormerName;
import com.lawfirm.events.party.IdentifierScheme;
import com.lawfirm.events.party.MatterParty;
import com.lawfirm.events.party.PartyIdentifier;
import com.lawfirm.events.party.PartyKind;
import com.lawfirm.events.party.PartyRole;
import com.lawfirm.events.privacy.PersonalData;
import com.lawfirm.kit.testing.TestStack;
import org.axonframework.serialization.SerializedObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Personal data is sealed in stored events, opens with its subject's key, and reads as erased once the key is gone. */
class PersonalDataSerializerTest {

    private static final String NAME = "王小明";
    private static final String ID_CARD = "110105199003078879";

    private SealingStore store;
    private SubjectKeys keys;
    private PersonalDataSerializer serializer;

    @BeforeEach
    void keyStore() {
        store = new SealingStore();
        keys = store.keys(TestStack.MASTER_KEY);
        keys.createStore();
        serializer = store.serializer(keys);
    }

    @Test
    void aClientsNameIsSealedInStorageAndOpensForReaders() {
        String clientId = UUID.randomUUID().toString();
        ClientRegistered registered = registered(clientId);

        SerializedObject<String> stored = serializer.serialize(registered, String.class);

        assertThat(stored.getData()).doesNotContain(NAME).doesNotContain("Xiaoming").doesNotContain(ID_CARD)
                .doesNotContain("13800138000").contains("$personal").contains(clientId).contains("法律服务");
        assertThat((ClientRegistered) serializer.deserialize(stored)).isEqualTo(registered);
    }

    @Test
    void onlyTheClientsOwnPartyOfAMatterIsSealed() {
        String clientId = UUID.randomUUID().toString();
        MatterOpened opened = new MatterOpened("m-1", "2026-LIT-0001", "e-1", "i-1", clientId, NAME, MatterType.CIVIL_LITIGATION,
                "买卖合同纠纷", List.of(
                        new MatterParty(PartyRole.CLIENT, PartyKind.PERSON, NAME, List.of(), List.of()),
                        new MatterParty(PartyRole.ADVERSE, PartyKind.ORGANIZATION, "Initrode Ltd", List.of("英尼特"), List.of())),
                LocalDate.of(2026, 3, 2), null);

        SerializedObject<String> stored = serializer.serialize(opened, String.class);

        assertThat(stored.getData()).doesNotContain(NAME).contains("Initrode Ltd").contains("英尼特");
        assertThat((MatterOpened) serializer.deserialize(stored)).isEqualTo(opened);
    }

    @Test
    void amountsKeepEveryDigitThroughSealing() {
        String clientId = UUID.randomUUID().toString();
        FeeAgreementMade made = new FeeAgreementMade("e-1", clientId, NAME, new FeeQuote("CNY", List.of(
                new FeeComponent(FeeModel.HOURLY, null, new BigDecimal("2000.50"), new BigDecimal("12.25"), null, null, "计时"),
                new FeeComponent(FeeModel.FIXED, new BigDecimal("30000"), null, null, null, null, "基础费用")),
                new BigDecimal("12345678901234567.89"), "律师服务收费标准"), LocalDate.of(2026, 5, 1));

        SerializedObject<String> stored = serializer.serialize(made, String.class);

        assertThat(stored.getData()).doesNotContain(NAME).contains("2000.50").contains("12345678901234567.89");
        assertThat((FeeAgreementMade) serializer.deserialize(stored)).isEqualTo(made);
        assertThat(serializer.serialize(made, com.fasterxml.jackson.databind.JsonNode.class).getData()
                .path("quote").path("components").path(0).path("hourlyRate").decimalValue()).isEqualTo("2000.50");
    }

    @Test
    void afterErasureTheFieldsReadAsErasedAndTheRestStays() {
        String clientId = UUID.randomUUID().toString();
        SerializedObject<String> stored = serializer.serialize(registered(clientId), String.class);
        serializer.deserialize(stored); // the key is now cached, as in a running service

        assertThat(keys.destroy(List.of(clientId))).containsExactly(clientId);

        ClientRegistered read = serializer.deserialize(stored);
        assertThat(read.name()).isEqualTo(PersonalData.ERASED);
        assertThat(read.aliases()).isEmpty();
        assertThat(read.identifiers()).isEmpty();
        assertThat(read.contacts()).isEmpty();
        assertThat(read.clientId()).isEqualTo(clientId);
        assertThat(read.consent().purpose()).isEqualTo("法律服务");
        assertThat(keys.erasedAt(clientId)).isPresent();

        // an erased subject stays erased: what is written of it later is not readable either
        SerializedObject<String> later = serializer.serialize(registered(clientId), String.class);
        assertThat(later.getData()).doesNotContain(NAME);
        assertThat(((ClientRegistered) serializer.deserialize(later)).name()).isEqualTo(PersonalData.ERASED);
    }

    /** Another check's hit on an open inquiry's prospect stores the prospect's name: sealed under that inquiry. */
    @Test
    void aNameMatchedOnAProspectIsSealedUnderItsInquiryAndGoesWithIt() {
        String prospectInquiry = UUID.randomUUID().toString();
        String otherInquiry = UUID.randomUUID().toString();
        ConflictCheckCompleted completed = new ConflictCheckCompleted("chk-1", otherInquiry, "INQUIRY", List.of(), "m-1",
                java.util.Map.of(), List.of(new FrozenHit(0, "NAME", 0.9, "name", "王晓明", NAME, "similar name",
                List.of(new HitMatter(prospectInquiry, "潜在委托 inquiry " + prospectInquiry, "INQUIRY", null, "CLIENT",
                        null, null, null)), null, null, null, null, List.of(), prospectInquiry)), List.of());

        SerializedObject<String> stored = serializer.serialize(completed, String.class);
        assertThat(stored.getData()).doesNotContain(NAME).doesNotContain("王晓明");
        assertThat((ConflictCheckCompleted) serializer.deserialize(stored)).isEqualTo(completed);

        keys.destroy(List.of(prospectInquiry));
        FrozenHit read = ((ConflictCheckCompleted) serializer.deserialize(stored)).hits().get(0);
        assertThat(read.matchedName()).isEqualTo(PersonalData.ERASED);
        assertThat(read.searchedValue()).as("what the other check searched is its own inquiry's").isEqualTo("王晓明");
    }

    /**
     * An affiliate's hit on a client: the name found is sealed under the client, each name on its path under its own
     * subject (the client, a prospect's inquiry), and the matter's other side is kept as it is.
     */
    @Test
    void anAffiliatesPathIsSealedNameByNameUnderEachSubject() {
        String clientId = UUID.randomUUID().toString();
        String prospectInquiry = UUID.randomUUID().toString();
        List<AffiliationLink> path = List.of(
                new AffiliationLink(NAME, "SHAREHOLDER_OF", "欧阳晓岚", clientId, prospectInquiry),
                new AffiliationLink("欧阳晓岚", "DIRECTOR_OF", "北辰物业服务有限公司", prospectInquiry, null));
        ConflictCheckCompleted completed = new ConflictCheckCompleted("chk-2", null, "AD_HOC", List.of(), "m-1",
                java.util.Map.of(), List.of(new FrozenHit(0, "AFFILIATE", 0.7, "name", "王晓明", NAME,
                "same name; affiliated with a party of these matters (see the path)", List.of(), clientId, null, null,
                null, path, null)), List.of());

        SerializedObject<String> stored = serializer.serialize(completed, String.class);
        assertThat(stored.getData()).doesNotContain(NAME).doesNotContain("欧阳晓岚").contains("北辰物业服务有限公司");
        assertThat((ConflictCheckCompleted) serializer.deserialize(stored)).isEqualTo(completed);

        keys.destroy(List.of(prospectInquiry));
        FrozenHit read = ((ConflictCheckCompleted) serializer.deserialize(stored)).hits().get(0);
        assertThat(read.matchedName()).isEqualTo(NAME);
        assertThat(read.path()).containsExactly(
                new AffiliationLink(NAME, "SHAREHOLDER_OF", PersonalData.ERASED, clientId, prospectInquiry),
                new AffiliationLink(PersonalData.ERASED, "DIRECTOR_OF", "北辰物业服务有限公司", prospectInquiry, null));
        keys.destroy(List.of(clientId));
        read = ((ConflictCheckCompleted) serializer.deserialize(stored)).hits().get(0);
        assertThat(read.matchedName()).isEqualTo(PersonalData.ERASED);
        assertThat(read.path().get(0).from()).isEqualTo(PersonalData.ERASED);
    }

    /** A referred person is the prospect of the inquiry the referral opens: sealed under it, erased with it. */
    @Test
    void aReferredPersonIsSealedUnderTheInquiryTheReferralOpens() {
        String referrer = UUID.randomUUID().toString();
        String inquiry = ClientReferralRecorded.inquiryIdOf(UUID.randomUUID().toString());
        ClientReferralRecorded referral = new ClientReferralRecorded("m-1", "r-1", inquiry, referrer, "无锡恒越精密机械有限公司",
                PartyKind.PERSON, NAME, List.of(new Contact(ContactKind.PHONE, "13800138000", "手机")), "离婚 divorce",
                "li.na", LocalDate.of(2026, 11, 30));

        SerializedObject<String> stored = serializer.serialize(referral, String.class);
        assertThat(stored.getData()).doesNotContain(NAME).doesNotContain("13800138000").doesNotContain("无锡恒越");
        assertThat((ClientReferralRecorded) serializer.deserialize(stored)).isEqualTo(referral);

        keys.destroy(List.of(inquiry));
        ClientReferralRecorded read = serializer.deserialize(stored);
        assertThat(read.referredName()).isEqualTo(PersonalData.ERASED);
        assertThat(read.contacts()).isEmpty();
        assertThat(read.referrerName()).as("the referrer is the client's, not the prospect's").isEqualTo("无锡恒越精密机械有限公司");
    }

    @Test
    void anotherServiceForgetsTheKeyAsSoonAsItReadsTheErasure() {
        String clientId = UUID.randomUUID().toString();
        SubjectKeys otherServiceKeys = store.keys(TestStack.MASTER_KEY);
        PersonalDataSerializer otherService = store.serializer(otherServiceKeys);
        SerializedObject<String> stored = serializer.serialize(registered(clientId), String.class);
        assertThat(((ClientRegistered) otherService.deserialize(stored)).name()).isEqualTo(NAME);

        keys.destroy(List.of(clientId));
        otherService.deserialize(serializer.serialize(
                new ClientPersonalDataErased(clientId, List.of(clientId), LocalDate.now(), null, "archivist"), String.class));

        assertThat(((ClientRegistered) otherService.deserialize(stored)).name()).isEqualTo(PersonalData.ERASED);
    }

    @Test
    void aKeyStoreIsNeverReadWithAnotherMasterKey() {
        String clientId = UUID.randomUUID().toString();
        SerializedObject<String> stored = serializer.serialize(registered(clientId), String.class);
        PersonalDataSerializer wrongMaster = store.serializer(store.keys("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="));

        assertThatThrownBy(() -> wrongMaster.deserialize(stored)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("master key");
        assertThatThrownBy(() -> store.keys("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=").createStore())
                .as("refused at start, before it makes keys no other service can open")
                .hasMessageContaining("master key");
    }

    @Test
    void eventsWithoutPersonalDataAndEventsStoredBeforeSealingReadAsBefore() throws Exception {
        String clientId = UUID.randomUUID().toString();
        ClientRegistered registered = registered(clientId);
        SerializedObject<String> plain = store.jackson().serialize(registered, String.class);

        assertThat((ClientRegistered) serializer.deserialize(plain)).isEqualTo(registered);
        assertThat(serializer.serialize(new FormerName("旧名", null), String.class).getData()).contains("旧名");
    }

    private ClientRegistered registered(String clientId) {
        return new ClientRegistered(clientId, PartyKind.PERSON, NAME, List.of("Wang Xiaoming"),
                List.of(new FormerName("王晓明", LocalDate.of(2010, 1, 1))),
                List.of(new PartyIdentifier(IdentifierScheme.CN_RESIDENT_ID, ID_CARD)),
                List.of(new Contact(ContactKind.PHONE, "13800138000", "本人")), null, "li.na", null,
                new PersonalDataConsent("法律服务", 10, LocalDate.of(2026, 1, 5), "书面"));
    }
}
