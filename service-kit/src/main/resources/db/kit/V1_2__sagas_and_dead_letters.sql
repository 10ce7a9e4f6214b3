-- Process managers (sagas), in Axon's default JDBC layout.
CREATE TABLE SagaEntry (
    sagaId         VARCHAR(255) NOT NULL PRIMARY KEY,
    revision       VARCHAR(255),
    sagaType       VARCHAR(255),
    serializedSaga BYTEA
);

CREATE TABLE AssociationValueEntry (
    id               BIGSERIAL NOT NULL PRIMARY KEY,
    associationKey   VARCHAR(255),
    associationValue VARCHAR(255),
    sagaId           VARCHAR(255),
    sagaType         VARCHAR(255)
);
CREATE INDEX association_value_lookup ON AssociationValueEntry (sagaType, associationKey, associationValue);
CREATE INDEX association_value_saga ON AssociationValueEntry (sagaId, sagaType);

-- Events a processing group could not handle, parked per sequence so the rest of the stream goes on.
CREATE TABLE DeadLetterEntry (
    deadLetterIdentifier VARCHAR(255)  NOT NULL PRIMARY KEY,
    processingGroup      VARCHAR(255)  NOT NULL,
    sequenceIdentifier   VARCHAR(255)  NOT NULL,
    sequenceIndex        BIGINT        NOT NULL,
    messageType          VARCHAR(255)  NOT NULL,
    eventIdentifier      VARCHAR(255)  NOT NULL,
    timestamp            VARCHAR(255)  NOT NULL,
    payloadType          VARCHAR(255)  NOT NULL,
    payloadRevision      VARCHAR(255),
    payload              BYTEA         NOT NULL,
    metaData             BYTEA,
    type                 VARCHAR(255),
    aggregateIdentifier  VARCHAR(255),
    sequenceNumber       BIGINT,
    tokenType            VARCHAR(255),
    token                BYTEA,
    enqueuedAt           VARCHAR(255)  NOT NULL,
    lastTouched          VARCHAR(255),
    processingStarted    VARCHAR(255),
    causeType            VARCHAR(255),
    causeMessage         VARCHAR(1023),
    diagnostics          BYTEA,
    CONSTRAINT dead_letter_sequence UNIQUE (processingGroup, sequenceIdentifier, sequenceIndex)
);
CREATE INDEX dead_letter_group ON DeadLetterEntry (processingGroup);
CREATE INDEX dead_letter_sequence_lookup ON DeadLetterEntry (processingGroup, sequenceIdentifier);
