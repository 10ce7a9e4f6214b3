-- Each login (the subject of a staff member's tokens) belongs to one staff member. Claimed in the same transaction as
-- the member's first event, so two members can never share a login and matter access cannot be confused.
CREATE TABLE staff_login (
    login    VARCHAR(100) PRIMARY KEY,
    staff_id VARCHAR(64)  NOT NULL
);
