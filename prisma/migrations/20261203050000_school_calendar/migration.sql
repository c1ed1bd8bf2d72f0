-- CreateTable
CREATE TABLE "SchoolCalendarDay" (
    "day" DATE NOT NULL,
    "workday" BOOLEAN NOT NULL,
    "hoursBefore" INTEGER NOT NULL,

    CONSTRAINT "SchoolCalendarDay_pkey" PRIMARY KEY ("day")
);


-- The days, with French public holidays (lib/domain/holidays.ts: fixed days, and Easter
-- Monday, Ascension and Whit Monday from Easter by the Meeus/Anonymous Gregorian algorithm).
WITH years AS (
  SELECT y, y % 19 AS a, y / 100 AS b, y % 100 AS c FROM generate_series(2000, 2100) AS y
), easter_parts AS (
  SELECT y, a, b, c, b / 4 AS d, b % 4 AS e, (b + 8) / 25 AS f, c / 4 AS i, c % 4 AS k FROM years
), easter_h AS (
  SELECT y, a, e, i, k, (19 * a + b - d - (b - f + 1) / 3 + 15) % 30 AS h FROM easter_parts
), easter_l AS (
  SELECT y, a, h, (32 + 2 * e + 2 * i - h - k) % 7 AS l FROM easter_h
), easter AS (
  SELECT y, make_date(y, (h + l - 7 * ((a + 11 * h + 22 * l) / 451) + 114) / 31, (h + l - 7 * ((a + 11 * h + 22 * l) / 451) + 114) % 31 + 1) AS sunday FROM easter_l
), holidays AS (
  SELECT make_date(y, m, d) AS day FROM generate_series(2000, 2100) AS y,
    (VALUES (1, 1), (5, 1), (5, 8), (7, 14), (8, 15), (11, 1), (11, 11), (12, 25)) AS fixed(m, d)
  UNION SELECT sunday + 1 FROM easter
  UNION SELECT sunday + 39 FROM easter
  UNION SELECT sunday + 50 FROM easter
), days AS (
  SELECT g::date AS day,
    extract(isodow FROM g) <= 5 AND g::date NOT IN (SELECT day FROM holidays) AS workday
  FROM generate_series('2000-01-01'::date, '2100-12-31'::date, interval '1 day') AS g
)
INSERT INTO "SchoolCalendarDay" ("day", "workday", "hoursBefore")
SELECT day, workday, COALESCE(8 * (count(*) FILTER (WHERE workday) OVER (ORDER BY day ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)), 0)::int
FROM days;
