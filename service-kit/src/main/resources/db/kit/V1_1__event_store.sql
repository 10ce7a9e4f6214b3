-- The service's event store: the only source of truth. Payloads and metadata are JSON text, readable by auditors
-- (payload::jsonb); (aggregate_id, sequence_number) is unique, which is the optimistic concurrency check.
CREATE TABLE domain_event_entry (
    global_index     BIGSERIAL    NOT NULL PRIMARY KEY,
    event_id         VARCHAR(255) NOT NULL UNIQUE,
    aggregate_id     VARCHAR(255) NOT NULL,
    sequence_number  BIGINT       NOT NULL,
    aggregate_type   VARCHAR(255),
    time_stamp       VARCHAR(255) NOT NULL,
    payload_type     VARCHAR(255) NOT NULL,
    payload_revision VARCHAR(255),
    payload          TEXT         NOT NULL,
    meta_data        TEXT,
    CONSTRAINT domain_event_entry_aggregate_sequence UNIQUE (aggregate_id, sequence_number)
);

CREATE TABLE snapshot_event_entry (
    aggregate_id     VARCHAR(255) NOT NULL,
    sequence_number  BIGINT       NOT NULL,
    aggregate_type   VARCHAR(255) NOT NULL,
    event_id         VARCHAR(255) NOT NULL UNIQUE,
    time_stamp       VARCHAR(255) NOT NULL,
    payload_type     VARCHAR(255) NOT NULL,
    payload_revision VARCHAR(255),
    payload          TEXT         NOT NULL,
    meta_data        TEXT,
    PRIMARY KEY (aggregate_id, sequence_number)
);

-- Positions of this service's streaming processors (projections, the Kafka publisher).
CREATE TABLE token_entry (
    processor_name VARCHAR(255) NOT NULL,
    segment        INTEGER      NOT NULL,
    token          TEXT,
    token_type     VARCHAR(255),
    time_stamp     VARCHAR(255),
    owner          VARCHAR(255),
    PRIMARY KEY (processor_name, segment)
);
