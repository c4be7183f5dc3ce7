-- The report's coded results (CAP electronic cancer checklist answers and the like) as question/answer pairs.
ALTER TABLE pathology_report ADD COLUMN synoptic_observations TEXT NOT NULL DEFAULT '[]';
