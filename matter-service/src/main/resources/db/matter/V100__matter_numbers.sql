-- The next matter number per year and practice area. Taken in the same transaction as the matter's first event,
-- under the row's lock: a number is used exactly once and a rolled-back opening gives its number back (gapless).
CREATE TABLE matter_number_sequence (
    year       INTEGER     NOT NULL,
    area       VARCHAR(16) NOT NULL,
    last_value INTEGER     NOT NULL,
    PRIMARY KEY (year, area)
);
