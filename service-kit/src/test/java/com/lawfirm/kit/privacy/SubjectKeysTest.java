package com.lawfirm.kit.privacy;

import com.lawfirm.kit.testing.TestStack;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import javax.crypto.SecretKey;

import static org.assertj.core.api.Assertions.assertThat;

/** A subject's key outlives the command that made it: what was sealed with it may already have gone elsewhere. */
class SubjectKeysTest {

    @Test
    void aKeyMadeByACommandThatRollsBackIsKept() {
        SealingStore store = new SealingStore();
        SubjectKeys keys = store.keys(TestStack.MASTER_KEY);
        keys.createStore();
        String subject = UUID.randomUUID().toString();
        SecretKey[] made = new SecretKey[1];

        store.transactions().executeWithoutResult(command -> {
            made[0] = keys.forWriting(subject).orElseThrow();
            command.setRollbackOnly();
        });

        assertThat(store.keys(TestStack.MASTER_KEY).forReading(subject))
                .as("another service, with nothing cached, reads the key the rolled-back command made")
                .contains(made[0]);
    }
}
