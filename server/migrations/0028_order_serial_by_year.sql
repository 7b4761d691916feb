-- 交办单 numbers restart each year (交办〔2027〕第0001号): one counter row per year, incremented under its row
-- lock, so serials of committed orders have no gaps and two supervisors never get the same number.
CREATE TABLE rectification_order_counter (
  year integer PRIMARY KEY CHECK (year BETWEEN 2000 AND 9999),
  last_serial integer NOT NULL CHECK (last_serial > 0)
);

-- Orders already issued carry their year's count on.
INSERT INTO rectification_order_counter (year, last_serial)
SELECT split_part(number, '-', 1)::integer, max(split_part(number, '-', 2)::integer)
FROM rectification_order
GROUP BY 1;

DROP SEQUENCE rectification_order_seq;
