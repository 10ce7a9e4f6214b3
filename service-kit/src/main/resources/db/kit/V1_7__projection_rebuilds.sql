-- The rebuilds of read models from the event store under way: written before the projection's tokens are reset,
-- deleted in the transaction in which the shadow copy takes over (or when the rebuild is given up). A row found
-- when the service starts is a rebuild a stop or a crash interrupted: it starts again.
CREATE TABLE projection_rebuild (
    projection  VARCHAR(255) NOT NULL PRIMARY KEY,
    segments    INT          NOT NULL,
    started_at  TIMESTAMPTZ  NOT NULL
);
