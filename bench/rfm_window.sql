-- The benchmark's peer of `crm rfm --as-of D --format csv`: the same scores
-- from ONE SQL query with window functions over the transactions, for the
-- sqlite3 shell. Set @asof to D's Julian day first (.parameter set @asof N);
-- money is printed with 2 decimals (the demo's CNY).
-- rank() = 1 + the number of customers with a strictly smaller value, which
-- is rank_min when the ordering runs from worst to best.
-- List mode with a comma: the CSV mode of the shell would quote "Can't
-- Lose Them" (a quote is not needed by RFC 4180, and crm does not write one);
-- codes are quoted here when RFC 4180 needs it.
.headers on
.mode list
.separator "," "\r\n"
WITH behaviour AS (
  SELECT customer_id,
         @asof - max(CASE WHEN amount >= 0 THEN day END) AS recency_days,
         sum(amount >= 0) AS frequency,
         sum(amount) AS monetary
  FROM txn
  WHERE day <= @asof
  GROUP BY customer_id
  HAVING sum(amount >= 0) > 0
), scored AS (
  SELECT customer_id, recency_days, frequency, monetary,
         1 + 5 * (rank() OVER (ORDER BY recency_days DESC) - 1) / count(*) OVER () AS r,
         1 + 5 * (rank() OVER (ORDER BY frequency) - 1) / count(*) OVER () AS f,
         1 + 5 * (rank() OVER (ORDER BY monetary) - 1) / count(*) OVER () AS m
  FROM behaviour
)
SELECT CASE WHEN c.code GLOB '*[,"]*' OR instr(c.code, char(10)) OR instr(c.code, char(13))
         THEN '"' || replace(c.code, '"', '""') || '"' ELSE c.code END AS customer_id, s.recency_days, s.frequency,
       CASE WHEN s.monetary < 0 THEN '-' ELSE '' END || (abs(s.monetary) / 100) || '.' ||
         printf('%02d', abs(s.monetary) % 100) AS monetary,
       s.r, s.f, s.m,
       CASE
         WHEN s.r = 5 AND s.f >= 4 THEN 'Champions'
         WHEN s.r >= 3 AND s.f >= 4 THEN 'Loyal'
         WHEN s.r >= 4 AND s.f >= 2 THEN 'Potential Loyalists'
         WHEN s.r = 5 THEN 'New Customers'
         WHEN s.r = 4 THEN 'Promising'
         WHEN s.r = 3 AND s.f = 3 THEN 'Need Attention'
         WHEN s.r = 3 THEN 'About to Sleep'
         WHEN s.f = 5 THEN 'Can''t Lose Them'
         WHEN s.f >= 3 THEN 'At Risk'
         ELSE 'Hibernating'
       END AS segment
FROM scored s JOIN customer c ON c.id = s.customer_id
ORDER BY c.code;
