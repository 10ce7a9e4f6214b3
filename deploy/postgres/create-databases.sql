-- One database per service, as in the embedded default.
CREATE DATABASE intake ENCODING 'UTF8';
CREATE DATABASE conflict ENCODING 'UTF8';
CREATE DATABASE matter ENCODING 'UTF8';
CREATE DATABASE billing ENCODING 'UTF8';
CREATE DATABASE notification ENCODING 'UTF8';
-- The data subjects' keys (crypto-shredding), shared by every service.
CREATE DATABASE subject_keys ENCODING 'UTF8';
