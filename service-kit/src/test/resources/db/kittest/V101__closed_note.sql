CREATE TABLE closed_note (
    note_id  VARCHAR(64) NOT NULL,
    event_id VARCHAR(64) NOT NULL
);
