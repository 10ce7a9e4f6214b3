-- The hand-over of rebuilds between running instances (V1_8, V1_9) was withdrawn before release: a rebuild runs on one
-- instance with the others stopped, and its mark names no instance. Its column, epoch and sequence go.
ALTER TABLE projection_rebuild DROP COLUMN IF EXISTS node_id;
ALTER TABLE projection_rebuild DROP COLUMN IF EXISTS epoch;
DROP SEQUENCE IF EXISTS projection_rebuild_epoch;
