-- The last invoice number issued per year. Taken in the same transaction as the InvoiceIssued event, under the row's
-- lock: each number is used once, and an issue that fails gives its number back (gapless, as tax rules expect).
CREATE TABLE invoice_number_sequence (
    year       INTEGER PRIMARY KEY,
    last_value INTEGER NOT NULL
);
