-- Each time an instance takes a rebuild up, its mark gets a new epoch. A rebuild swaps its shadow copy in (or empties
-- it) only while the mark still holds its epoch: one whose instance was taken for gone, and whose rebuild another
-- instance took up meanwhile, ends without touching the copies the other now fills.
CREATE SEQUENCE projection_rebuild_epoch;
ALTER TABLE projection_rebuild ADD COLUMN epoch BIGINT;
