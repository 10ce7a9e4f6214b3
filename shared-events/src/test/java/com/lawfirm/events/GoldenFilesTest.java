package com.lawfirm.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.lawfirm.events.conflict.AffiliationLink;
import com.lawfirm.events.conflict.ConflictCheckCompleted;
import com.lawfirm.events.conflict.ConflictCheckCompletedPathUpcaster;
import com.lawfirm.events.conflict.ConflictCheckCompletedProspectUpcaster;
import com.lawfirm.events.conflict.ConflictCheckCompletedUpcaster;
import com.lawfirm.events.conflict.PotentialConflictDiscovered;
import com.lawfirm.events.conflict.PotentialConflictDiscoveredUpcaster;
import com.lawfirm.events.conflict.TeamMemberConflictChecked;
import com.lawfirm.events.intake.AssessmentRecorded;
import com.lawfirm.events.intake.ClientLegalHoldPlaced;
import com.lawfirm.events.intake.ClientMarkedFormer;
import com.lawfirm.events.intake.DataSubjectRequestAnswered;
import com.lawfirm.events.intake.DataSubjectRequestAnsweredUpcaster;
import com.lawfirm.events.intake.DataSubjectRequestReceived;
import com.lawfirm.events.intake.DataSubjectRequestReceivedUpcaster;
import com.lawfirm.events.intake.DocumentReceived;
import com.lawfirm.events.intake.DocumentRequested;
import com.lawfirm.events.intake.EngagementDrafted;
import com.lawfirm.events.intake.EngagementReviewed;
import com.lawfirm.events.intake.EngagementRevised;
import com.lawfirm.events.intake.EngagementSigned;
import com.lawfirm.events.intake.InquiryContactLogged;
import com.lawfirm.events.intake.InquiryDeclined;
import com.lawfirm.events.intake.InquiryNeedIdentified;
import com.lawfirm.events.intake.InquiryOpened;
import com.lawfirm.events.intake.InquiryWithdrawn;
import com.lawfirm.events.intake.InterviewRecorded;
import com.lawfirm.events.intake.ProposalDrafted;
import com.lawfirm.events.intake.ProposalRejected;
import com.lawfirm.events.matter.AuthorizedActionRecorded;
import com.lawfirm.events.matter.CaseConferenceHeld;
import com.lawfirm.events.matter.ClientAuthorizationAnswered;
import com.lawfirm.events.matter.ClientAuthorizationRequested;
import com.lawfirm.events.matter.ClientFeedbackRecorded;
import com.lawfirm.events.matter.ClientReferralRecorded;
import com.lawfirm.events.matter.ClientReferralRecordedUpcaster;
import com.lawfirm.events.matter.CommunicationLogged;
import com.lawfirm.events.matter.DocumentFiled;
import com.lawfirm.events.matter.FollowUpVisitRecorded;
import com.lawfirm.events.matter.KeyEventCommunicated;
import com.lawfirm.events.matter.KeyEventRecorded;
import com.lawfirm.events.matter.MaterialReceived;
import com.lawfirm.events.matter.MaterialReturnedToClient;
import com.lawfirm.events.matter.MatterClosed;
import com.lawfirm.events.matter.MatterOpened;
import com.lawfirm.events.matter.MatterOpenedUpcaster;
import com.lawfirm.events.matter.MemberConflictCheckRecorded;
import com.lawfirm.events.matter.ProgressReportSent;
import com.lawfirm.events.matter.QualityReviewRecorded;
import com.lawfirm.events.matter.StaffMemberJoined;
import com.lawfirm.events.matter.StaffMemberJoinedUpcaster;
import com.lawfirm.events.matter.WorkPlanDrafted;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event of the published language, at every revision it was ever published in, keeps deserialising: one JSON
 * file per event and revision under {@code src/test/resources/golden}. A current revision without its file fails the
 * test; run once with {@code -Dgolden.write=true} to write the missing files, then review and commit them. An older
 * revision is read through its upcaster, exactly as the event store reads it.
 */
class GoldenFilesTest {

    private static final Path GOLDEN = Paths.get("src/test/resources/golden");
    /**
     * Upcasters by event and revision, applied to golden files of that revision: every step to the current one, in
     * order, as the event store chains them.
     */
    private static final Map<String, UnaryOperator<JsonNode>> UPCASTERS = Map.of(
            StaffMemberJoined.class.getName() + "@1", new StaffMemberJoinedUpcaster()::upgrade,
            MatterOpened.class.getName() + "@1", new MatterOpenedUpcaster()::upgrade,
            ConflictCheckCompleted.class.getName() + "@1", chain(new ConflictCheckCompletedUpcaster(),
                    new ConflictCheckCompletedProspectUpcaster(), new ConflictCheckCompletedPathUpcaster()),
            ConflictCheckCompleted.class.getName() + "@2", chain(new ConflictCheckCompletedProspectUpcaster(),
                    new ConflictCheckCompletedPathUpcaster()),
            ConflictCheckCompleted.class.getName() + "@3", new ConflictCheckCompletedPathUpcaster()::upgrade,
            PotentialConflictDiscovered.class.getName() + "@1", new PotentialConflictDiscoveredUpcaster()::upgrade,
            ClientReferralRecorded.class.getName() + "@1", new ClientReferralRecordedUpcaster()::upgrade,
            DataSubjectRequestReceived.class.getName() + "@1", new DataSubjectRequestReceivedUpcaster()::upgrade,
            DataSubjectRequestAnswered.class.getName() + "@1", new DataSubjectRequestAnsweredUpcaster()::upgrade);

    /**
     * Revisions followed by one that changed only which fields are sealed, not the shape: such an older one is read as
     * it is, its fields in clear (the serializer opens only what was sealed).
     */
    private static final Set<String> SEALING_ONLY_AFTER = Stream.concat(Stream.of(AssessmentRecorded.class, DocumentReceived.class,
            DocumentRequested.class, InquiryContactLogged.class, InquiryDeclined.class, InquiryNeedIdentified.class,
            InquiryOpened.class, InquiryWithdrawn.class, InterviewRecorded.class, ProposalDrafted.class,
            ProposalRejected.class, EngagementDrafted.class, EngagementRevised.class, EngagementSigned.class,
            AuthorizedActionRecorded.class, CaseConferenceHeld.class, ClientAuthorizationAnswered.class,
            ClientAuthorizationRequested.class, ClientFeedbackRecorded.class, CommunicationLogged.class,
            DocumentFiled.class, FollowUpVisitRecorded.class, KeyEventCommunicated.class, KeyEventRecorded.class,
            MaterialReceived.class, MaterialReturnedToClient.class, MatterClosed.class, ProgressReportSent.class,
            QualityReviewRecorded.class, WorkPlanDrafted.class, EngagementReviewed.class, ClientLegalHoldPlaced.class,
            ClientMarkedFormer.class, TeamMemberConflictChecked.class, MemberConflictCheckRecorded.class)
                    .map(event -> event.getName() + "@1"),
            Stream.of(EngagementDrafted.class, EngagementRevised.class, EngagementSigned.class, MatterOpened.class,
                    MatterClosed.class, ClientReferralRecorded.class)
                    .map(event -> event.getName() + "@2")).collect(Collectors.toSet());

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    @Test
    void everyEventAtItsCurrentRevisionHasAGoldenFileThatRoundTrips() throws Exception {
        List<String> missing = new ArrayList<>();
        for (Class<?> event : events()) {
            String revision = event.getAnnotation(Revision.class).value();
            Path file = file(event, revision);
            if (!Files.exists(file)) {
                if (Boolean.getBoolean("golden.write")) {
                    Files.createDirectories(file.getParent());
                    Files.writeString(file, json.writeValueAsString(SampleEvents.sample(event)) + "\n");
                } else {
                    missing.add(file.toString());
                    continue;
                }
            }
            JsonNode golden = json.readTree(Files.readString(file));
            Object read = json.treeToValue(golden, event);
            JsonNode again = json.readTree(json.writeValueAsString(read));
            assertThat(again).as("%s survives a round trip", file).isEqualTo(golden);
        }
        assertThat(missing).as("golden files to write with -Dgolden.write=true").isEmpty();
    }

    @Test
    void everyOlderRevisionIsUpcastAndRead() throws Exception {
        try (Stream<Path> files = Files.walk(GOLDEN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                String name = file.getFileName().toString();
                String revision = name.substring(name.lastIndexOf('@') + 1, name.length() - ".json".length());
                Class<?> event = Class.forName(name.substring(0, name.lastIndexOf('@')));
                if (!revision.equals(event.getAnnotation(Revision.class).value())) {
                    if (SEALING_ONLY_AFTER.contains(event.getName() + "@" + revision)) {
                        assertThat(json.treeToValue(json.readTree(Files.readString(file)), event)).isNotNull();
                        continue;
                    }
                    UnaryOperator<JsonNode> upcast = UPCASTERS.get(event.getName() + "@" + revision);
                    assertThat(upcast != null).as("an upcaster for %s revision %s", event.getSimpleName(), revision).isTrue();
                    assertThat(json.treeToValue(upcast.apply(json.readTree(Files.readString(file))), event)).isNotNull();
                }
            }
        }
    }

    /** Records published to Kafka, and read models stored, before revision 4 are read without the upcaster. */
    @Test
    void aCheckWithAffiliatePathsAsSentencesReadsWithoutUpcasting() throws Exception {
        ConflictCheckCompleted read = json.treeToValue(json.readTree(Files.readString(
                file(ConflictCheckCompleted.class, "3"))), ConflictCheckCompleted.class);
        assertThat(read.hits().get(0).path()).containsExactly(new AffiliationLink(null, "样例 sample", null, null, null));
        assertThat(json.treeToValue(json.readTree(json.writeValueAsString(read)), ConflictCheckCompleted.class))
                .isEqualTo(read);
    }

    /** So are potential conflicts published, or kept in a view, before revision 2 (no subject, the path as sentences). */
    @Test
    void aFindingWithItsPathAsSentencesReadsWithoutUpcasting() throws Exception {
        PotentialConflictDiscovered read = json.treeToValue(json.readTree(Files.readString(
                file(PotentialConflictDiscovered.class, "1"))), PotentialConflictDiscovered.class);
        assertThat(read.subjectId()).isNull();
        assertThat(read.path()).containsExactly(new AffiliationLink(null, "样例 sample", null, null, null));
    }

    private static UnaryOperator<JsonNode> chain(AddedFieldsUpcaster... steps) {
        return older -> {
            JsonNode upgraded = older;
            for (AddedFieldsUpcaster step : steps) {
                upgraded = step.upgrade(upgraded);
            }
            return upgraded;
        };
    }

    private static Path file(Class<?> event, String revision) {
        return GOLDEN.resolve(event.getPackageName().substring(event.getPackageName().lastIndexOf('.') + 1))
                .resolve(event.getName() + "@" + revision + ".json");
    }

    /** The event records: every record of the published language that carries a revision. */
    private static List<Class<?>> events() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Paths.get(Topics.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> events = new ArrayList<>();
        try (Stream<Path> classes = Files.walk(root.resolve("com/lawfirm/events"))) {
            for (Path c : classes.filter(p -> p.toString().endsWith(".class") && !p.toString().contains("$")).toList()) {
                String name = root.relativize(c).toString().replace('/', '.').replace(".class", "");
                Class<?> type = Class.forName(name);
                if (type.isRecord() && type.isAnnotationPresent(Revision.class)) {
                    events.add(type);
                }
            }
        }
        assertThat(events).hasSizeGreaterThan(50);
        return events;
    }
}
