package com.lawfirm.matter.walls;

import com.lawfirm.kit.readmodel.ReadModelQuery;
import com.lawfirm.kit.readmodel.ReadModelStore;
import com.lawfirm.matter.walls.EthicalWall.RecordDeniedAttempt;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The walls as the rest of matter-service asks about them: does one screen this person from this matter? A matter is
 * walled by the walls naming it or the inquiry it was opened from.
 */
@Component
public class Walls {

    private final ReadModelStore store;
    private final CommandGateway commands;

    Walls(ReadModelStore store, CommandGateway commands) {
        this.store = store;
        this.commands = commands;
    }

    /** The wall screening {@code login} from the matter, if any. */
    public Optional<WallView> screening(String login, String matterId, String inquiryId) {
        List<WallView> walls = new ArrayList<>(find("matterId", matterId, login));
        if (inquiryId != null) {
            walls.addAll(find("inquiryId", inquiryId, login));
        }
        return walls.stream().findFirst();
    }

    /** Every wall that screens {@code login}, in one read: for narrowing a list of matters. */
    public List<WallView> screening(String login) {
        return store.find(WallProjection.WALLS, ReadModelQuery.all().contains("screened", login)
                .page(0, ReadModelQuery.MAX_PAGE_SIZE), WallView.class).items();
    }

    /** Records the attempt on the wall; the caller then answers as if the matter did not exist. */
    public void recordDenied(WallView wall, String matterId, String login, String attempted) {
        commands.send(new RecordDeniedAttempt(wall.wallId, matterId, login, attempted, Instant.now()));
    }

    private List<WallView> find(String field, String value, String login) {
        return store.find(WallProjection.WALLS, ReadModelQuery.all().eq(field, value).contains("screened", login)
                .page(0, 10), WallView.class).items();
    }
}
