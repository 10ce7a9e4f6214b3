-- Tamper evidence. Each stored event's SHA-256 over its stored form and the hash of the aggregate's previous event,
-- written in the transaction that stores the event: editing, removing or reordering a stored event breaks the chain
-- from that event on. A day's digest over every chain's head is recorded, so the day's history can be attested.
CREATE TABLE event_chain (
    aggregate_id    VARCHAR(255) NOT NULL,
    sequence_number BIGINT       NOT NULL,
    event_id        VARCHAR(255) NOT NULL,
    hash            CHAR(64)     NOT NULL,
    PRIMARY KEY (aggregate_id, sequence_number)
);

CREATE TABLE chain_digest (
    day         DATE        PRIMARY KEY,
    digest      CHAR(64)    NOT NULL,
    chains      BIGINT      NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL
);
