CREATE TABLE handled_note (
    id             BIGSERIAL PRIMARY KEY,
    note_id        VARCHAR(64) NOT NULL,
    event_id       VARCHAR(64) NOT NULL,
    user_id        VARCHAR(64),
    correlation_id VARCHAR(64)
);
