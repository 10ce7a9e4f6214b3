-- Events a Kafka-fed consumer could not handle after its retries, parked with the reason. Later events of the
-- same sequence (aggregate) are parked behind them so per-aggregate order holds; the rest of the stream goes on.
CREATE TABLE parked_event (
    consumer     VARCHAR(255) NOT NULL,
    event_id     VARCHAR(255) NOT NULL,
    sequence_key VARCHAR(255) NOT NULL,
    envelope     TEXT         NOT NULL,
    reason       TEXT         NOT NULL,
    parked_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
CREATE INDEX parked_event_sequence ON parked_event (consumer, sequence_key);
