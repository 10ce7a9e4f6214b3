-- The instances of this service that are alive: each writes its row every few seconds, so every instance knows how
-- many share the work and can give up the segments beyond its share.
CREATE TABLE processor_node (
    node_id  VARCHAR(255) NOT NULL PRIMARY KEY,
    seen_at  TIMESTAMPTZ  NOT NULL
);
