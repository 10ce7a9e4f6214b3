-- The instance that runs a rebuild, or waits for the other instances to hand it the projection's segments. While that
-- instance is alive the others hand their segments over and never start the rebuild themselves; once it is gone, the
-- first of them to look takes the rebuild up. Null for a rebuild marked before this column.
ALTER TABLE projection_rebuild ADD COLUMN node_id VARCHAR(255);
