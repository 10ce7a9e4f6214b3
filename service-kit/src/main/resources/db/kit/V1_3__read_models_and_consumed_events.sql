-- Read models as JSONB documents (see PostgresReadModelStore); version guards upserts.
CREATE TABLE read_model (
    collection VARCHAR(100) NOT NULL,
    id         VARCHAR(255) NOT NULL,
    version    BIGINT       NOT NULL,
    doc        JSONB        NOT NULL,
    updated_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (collection, id)
);
CREATE INDEX read_model_doc ON read_model USING GIN (doc jsonb_path_ops);

-- Events from other services already handled, per consumer: a redelivered event is recognised and skipped.
CREATE TABLE consumed_event (
    consumer    VARCHAR(255) NOT NULL,
    event_id    VARCHAR(255) NOT NULL,
    consumed_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
