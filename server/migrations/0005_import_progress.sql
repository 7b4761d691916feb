-- Progress of an import for the web's progress bar (share of the file read), and where the uploaded
-- file waits for the job that imports it.
ALTER TABLE import_run
  ADD COLUMN fraction real NOT NULL DEFAULT 0 CHECK (fraction BETWEEN 0 AND 1),
  ADD COLUMN upload_path text;
