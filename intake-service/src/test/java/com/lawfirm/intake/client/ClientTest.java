package com.lawfirm.intake.client;

import com.lawfirm.events.intake.ClientAliasAdded;
import com.lawfirm.events.intake.ClientDetailsUpdated;
import com.lawfirm.events.intake.ClientIdentifierAdded;
import com.lawfirm.events.intake.ClientMarkedFormer;
import com.lawfirm.events.intake.ClientRegistered;
import com.lawfirm.events.intake.ClientRenamed;
import com.lawfirm.events.intake.ClientSource;
import com.lawfirm.events.intake.PersonalDataConsent;
import com.lawfirm.events.intake.SourceChannel;
import com.lawfirm.events.party.Contact;
import com.lawfirm.events.party.FormerName;
import com.lawfirm.events.party.IdentifierScheme;
import com.lawfirm.events.party.Language;
import com.lawfirm.events.party.PartyIdentifier;
import com.lawfirm.events.party.PartyKind;
import com.lawfirm.intake.client.ClientCommands.AddClientAlias;
import com.lawfirm.intake.client.ClientCommands.AddClientIdentifier;
import com.lawfirm.intake.client.ClientCommands.MarkFormerClient;
import com.lawfirm.intake.client.ClientCommands.RegisterClient;
import com.lawfirm.intake.client.ClientCommands.RenameClient;
import com.lawfirm.intake.client.ClientCommands.UpdateClientDetails;
import com.lawfirm.kit.problem.InvalidFieldException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static com.lawfirm.kit.testing.Refusals.invalidField;
import static com.lawfirm.kit.testing.Refusals.ruleViolation;

class ClientTest {

    private static final String ID = "client-1";
    private static final PartyIdentifier USCC = new PartyIdentifier(IdentifierScheme.CN_USCC, "91330106MA2H8K3L08");
    private static final PersonalDataConsent CONSENT =
            new PersonalDataConsent("法律服务 legal services", 10, LocalDate.of(2026, 3, 1), "signed form");

    private AggregateTestFixture<Client> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Client.class);
    }

    private static RegisterClient organisation(List<PartyIdentifier> ids) {
        return new RegisterClient(ID, PartyKind.ORGANIZATION, "杭州澜海智能科技有限公司", List.of("澜海智能"), List.of(), ids,
                List.of(new Contact(Contact.ContactKind.EMAIL, "legal@lanhai.example", "法务部")), Language.ZH, "li.na",
                new ClientSource(SourceChannel.CONFERENCE, null, "2026 杭州数字经济论坛"), null);
    }

    private static ClientRegistered registered() {
        return new ClientRegistered(ID, PartyKind.ORGANIZATION, "杭州澜海智能科技有限公司", List.of("澜海智能"), List.of(),
                List.of(USCC), List.of(new Contact(Contact.ContactKind.EMAIL, "legal@lanhai.example", "法务部")),
                Language.ZH, "li.na", new ClientSource(SourceChannel.CONFERENCE, null, "2026 杭州数字经济论坛"), null);
    }

    @Test
    void registersAnOrganisationWithANormalisedIdentifier() {
        fixture.givenNoPriorActivity()
                .when(organisation(List.of(new PartyIdentifier(IdentifierScheme.CN_USCC, " 91330106ma2h8k3l08 "))))
                .expectSuccessfulHandlerExecution()
                .expectEvents(registered());
    }

    @Test
    void aWrongCheckCharacterNamesTheField() {
        fixture.givenNoPriorActivity()
                .when(organisation(List.of(new PartyIdentifier(IdentifierScheme.CN_USCC, "91330106MA2H8K3L09"))))
                .expectNoEvents()
                .expectException(InvalidFieldException.class)
                .expectException(invalidField("identifiers[0].value"));
    }

    @Test
    void aWrongResidentIdCheckDigitNamesTheField() {
        fixture.givenNoPriorActivity()
                .when(new RegisterClient(ID, PartyKind.PERSON, "刘洋", List.of(), List.of(),
                        List.of(USCC, new PartyIdentifier(IdentifierScheme.CN_RESIDENT_ID, "310104199205143212")),
                        List.of(), Language.ZH, null, null, CONSENT))
                .expectNoEvents()
                .expectException(invalidField("identifiers[1].value"));
    }

    @Test
    void aPersonNeedsARecordedConsent() {
        fixture.givenNoPriorActivity()
                .when(new RegisterClient(ID, PartyKind.PERSON, "Liu Yang", List.of(), List.of(), List.of(), List.of(),
                        Language.EN, null, null, null))
                .expectNoEvents()
                .expectException(invalidField("consent"));
    }

    @Test
    void aPersonWithConsentAndAValidResidentIdIsRegistered() {
        PartyIdentifier rid = new PartyIdentifier(IdentifierScheme.CN_RESIDENT_ID, "310104199205143211");
        fixture.givenNoPriorActivity()
                .when(new RegisterClient(ID, PartyKind.PERSON, "刘洋", List.of("Liu Yang"), List.of(), List.of(rid),
                        List.of(), Language.ZH, null, null, CONSENT))
                .expectEvents(new ClientRegistered(ID, PartyKind.PERSON, "刘洋", List.of("Liu Yang"), List.of(), List.of(rid),
                        List.of(), Language.ZH, null, null, CONSENT));
    }

    @Test
    void aReferralNamesTheReferringClient() {
        fixture.givenNoPriorActivity()
                .when(new RegisterClient(ID, PartyKind.ORGANIZATION, "Initrode Corporation", List.of(), List.of(),
                        List.of(), List.of(), Language.EN, null, new ClientSource(SourceChannel.CLIENT_REFERRAL, " ", null), null))
                .expectNoEvents()
                .expectException(invalidField("source.referrerClientId"));
    }

    @Test
    void aBlankNameIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterClient(ID, PartyKind.ORGANIZATION, "  ", null, null, null, null, null, null, null, null))
                .expectNoEvents()
                .expectException(invalidField("name"));
    }

    @Test
    void renamingKeepsTheOldNameAsAFormerName() {
        fixture.given(registered())
                .when(new RenameClient(ID, "杭州澜海数据有限公司", LocalDate.of(2026, 6, 1)))
                .expectEvents(new ClientRenamed(ID, "杭州澜海数据有限公司", "杭州澜海智能科技有限公司", LocalDate.of(2026, 6, 1)));
    }

    @Test
    void renamingToTheSameNameAfterNormalisationIsRefused() {
        fixture.given(registered())
                .when(new RenameClient(ID, "杭州澜海智能科技有限公司\u3000", null))
                .expectNoEvents()
                .expectException(InvalidFieldException.class);
    }

    @Test
    void anAliasIsAddedOnce() {
        fixture.given(registered())
                .when(new AddClientAlias(ID, "Lanhai AI"))
                .expectEvents(new ClientAliasAdded(ID, "Lanhai AI"));
        fixture.given(registered(), new ClientAliasAdded(ID, "Lanhai AI"))
                .when(new AddClientAlias(ID, "LANHAI AI"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anIdentifierIsAddedOnceAndChecked() {
        PartyIdentifier lei = new PartyIdentifier(IdentifierScheme.LEI, "5493001KJTIIGC8Y1R12");
        fixture.given(registered())
                .when(new AddClientIdentifier(ID, lei))
                .expectEvents(new ClientIdentifierAdded(ID, lei));
        fixture.given(registered())
                .when(new AddClientIdentifier(ID, USCC))
                .expectNoEvents();
        fixture.given(registered())
                .when(new AddClientIdentifier(ID, new PartyIdentifier(IdentifierScheme.CN_USCC, "123")))
                .expectNoEvents()
                .expectException(InvalidFieldException.class);
    }

    @Test
    void detailsAreReplaced() {
        List<Contact> contacts = List.of(new Contact(Contact.ContactKind.PHONE, "+86 571 0000 0000", "总机"));
        fixture.given(registered())
                .when(new UpdateClientDetails(ID, contacts, Language.EN, "wang.fang"))
                .expectEvents(new ClientDetailsUpdated(ID, contacts, Language.EN, "wang.fang"));
    }

    @Test
    void aClientBecomesFormerOnce() {
        LocalDate since = LocalDate.of(2026, 9, 30);
        fixture.given(registered())
                .when(new MarkFormerClient(ID, since, "matter closed", Set.of()))
                .expectEvents(new ClientMarkedFormer(ID, since, "matter closed"));
        fixture.given(registered(), new ClientMarkedFormer(ID, since, "matter closed"))
                .when(new MarkFormerClient(ID, since, "again", Set.of()))
                .expectNoEvents()
                .expectException(ruleViolation("client-already-former"));
    }

    @Test
    void formerNamesGivenAtRegistrationAreKept() {
        List<FormerName> former = List.of(new FormerName("珠海启明资本管理有限公司", LocalDate.of(2020, 1, 1)));
        fixture.givenNoPriorActivity()
                .when(new RegisterClient(ID, PartyKind.ORGANIZATION, "珠海横琴启明投资有限公司", List.of(), former, List.of(),
                        List.of(), Language.ZH, null, null, null))
                .expectEvents(new ClientRegistered(ID, PartyKind.ORGANIZATION, "珠海横琴启明投资有限公司", List.of(), former,
                        List.of(), List.of(), Language.ZH, null, null, null));
    }
}
