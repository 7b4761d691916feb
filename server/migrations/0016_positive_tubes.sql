-- The tracing group's list of positives reads positive tubes only: a partial index keeps it off the
-- millions of negative tubes of a round.
CREATE INDEX test_tube_positive_idx ON test_tube (resulted_at DESC) WHERE result = 'positive';
