#include "crm/store/schema.h"

namespace crm::schema {
namespace {

// Dates are Julian day numbers (INTEGER; SQLite's date(day) shows them),
// money is INTEGER minor units, enums are their stable text keys.
constexpr std::string_view kVersion1 = R"sql(
CREATE TABLE meta(
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE customer(
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('organisation', 'person')),
  name TEXT NOT NULL,
  industry TEXT NOT NULL DEFAULT '',
  region TEXT NOT NULL DEFAULT '',
  address TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  owner TEXT NOT NULL DEFAULT '',
  created_on INTEGER NOT NULL,
  notes TEXT NOT NULL DEFAULT '',
  company_stage TEXT CHECK (company_stage IN ('start-up', 'growth', 'mature')),
  annual_category_spend INTEGER,
  birthday INTEGER,
  stage TEXT NOT NULL DEFAULT 'prospect',
  -- aggregates, kept in the same transaction as the rows they summarise
  first_purchase INTEGER,
  last_purchase INTEGER,
  purchase_count INTEGER NOT NULL DEFAULT 0,
  net_amount INTEGER NOT NULL DEFAULT 0,
  costed_amount INTEGER NOT NULL DEFAULT 0,
  cost INTEGER NOT NULL DEFAULT 0,
  last_interaction INTEGER
);
CREATE INDEX customer_name ON customer(name COLLATE NOCASE);
-- Stages sort in lifecycle order, not alphabetically; lists sort and page on
-- these exact expressions (customer_query.cpp), so the indexes serve them.
CREATE INDEX customer_stage ON customer(CASE stage WHEN 'prospect' THEN 0
  WHEN 'exploration' THEN 1 WHEN 'formation' THEN 2 WHEN 'stability' THEN 3
  WHEN 'decline' THEN 4 ELSE 5 END);
CREATE INDEX customer_owner ON customer(owner COLLATE NOCASE);
CREATE INDEX customer_last_purchase ON customer(ifnull(last_purchase, 0));
CREATE INDEX customer_net_amount ON customer(net_amount);
CREATE INDEX customer_region ON customer(region);
CREATE INDEX customer_industry ON customer(industry);

CREATE TABLE customer_tag(
  customer_id INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
  tag TEXT NOT NULL,
  PRIMARY KEY (tag, customer_id)
) WITHOUT ROWID;
CREATE INDEX customer_tag_customer ON customer_tag(customer_id);

CREATE TABLE contact(
  id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  role TEXT NOT NULL DEFAULT 'other',
  is_primary INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1)),
  phone TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  birthday INTEGER
);
CREATE INDEX contact_customer ON contact(customer_id);
CREATE UNIQUE INDEX contact_one_primary ON contact(customer_id) WHERE is_primary = 1;

CREATE TABLE primary_contact_change(
  id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
  contact_id INTEGER REFERENCES contact(id) ON DELETE SET NULL,
  contact_name TEXT NOT NULL,
  since INTEGER NOT NULL
);
CREATE INDEX primary_contact_change_customer ON primary_contact_change(customer_id, since);

CREATE TABLE txn(
  id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
  day INTEGER NOT NULL,
  amount INTEGER NOT NULL,
  cost INTEGER,
  product TEXT NOT NULL DEFAULT '',
  reference TEXT
);
CREATE INDEX txn_customer_day ON txn(customer_id, day);
CREATE UNIQUE INDEX txn_customer_reference ON txn(customer_id, reference) WHERE reference IS NOT NULL;

CREATE TABLE interaction(
  id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
  contact_id INTEGER REFERENCES contact(id) ON DELETE SET NULL,
  day INTEGER NOT NULL,
  minute INTEGER NOT NULL DEFAULT 0 CHECK (minute BETWEEN 0 AND 1439),
  type TEXT NOT NULL,
  subject TEXT NOT NULL DEFAULT '',
  body TEXT NOT NULL DEFAULT '',
  outcome TEXT NOT NULL DEFAULT '',
  logged_by TEXT NOT NULL DEFAULT '',
  complaint_status TEXT CHECK (complaint_status IN ('open', 'in-progress', 'resolved')),
  resolution TEXT NOT NULL DEFAULT ''
);
CREATE INDEX interaction_customer_day ON interaction(customer_id, day, minute);
CREATE INDEX interaction_open_complaint ON interaction(complaint_status) WHERE complaint_status IN ('open', 'in-progress');

CREATE TABLE follow_up(
  id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
  due INTEGER NOT NULL,
  subject TEXT NOT NULL,
  done INTEGER,
  interaction_id INTEGER REFERENCES interaction(id) ON DELETE SET NULL
);
CREATE INDEX follow_up_customer ON follow_up(customer_id);
CREATE INDEX follow_up_open_due ON follow_up(due) WHERE done IS NULL;

CREATE TABLE stage_change(
  id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
  from_stage TEXT,
  to_stage TEXT NOT NULL,
  day INTEGER NOT NULL,
  reason TEXT NOT NULL DEFAULT '',
  manual INTEGER NOT NULL DEFAULT 0 CHECK (manual IN (0, 1))
);
CREATE INDEX stage_change_customer ON stage_change(customer_id, day);

-- Full-text search. search_doc holds, per customer, the text of its name,
-- code, email, phone and its contacts' names, emails and phones (doc) and the
-- same text cut into the one- and two-character grams and whole words that
-- short queries need (grams). Queries of three or more characters go to the
-- trigram index; shorter ones to the gram index (see search_index.cpp).
CREATE TABLE search_doc(
  id INTEGER PRIMARY KEY REFERENCES customer(id) ON DELETE CASCADE,
  doc TEXT NOT NULL,
  grams TEXT NOT NULL
);
CREATE VIRTUAL TABLE search_trigram USING fts5(
  doc, content='search_doc', content_rowid='id', tokenize='trigram', detail='none');
CREATE VIRTUAL TABLE search_gram USING fts5(
  grams, content='search_doc', content_rowid='id', tokenize='ascii', detail='none');
)sql";

// Version 2: analytics results kept in the file.
constexpr std::string_view kVersion2 = R"sql(
-- Fitted lifetime-value models (BG/NBD + Gamma-Gamma), newest = largest id.
CREATE TABLE clv_model(
  id INTEGER PRIMARY KEY,
  as_of INTEGER NOT NULL,
  time_unit TEXT NOT NULL CHECK (time_unit IN ('day', 'week')),
  r REAL, alpha REAL, a REAL, b REAL, bgnbd_log_likelihood REAL,
  p REAL, q REAL, gamma REAL, gamma_gamma_log_likelihood REAL,
  customers INTEGER NOT NULL,
  repeaters INTEGER NOT NULL,
  converged INTEGER NOT NULL CHECK (converged IN (0, 1)),
  message TEXT NOT NULL DEFAULT ''
);
CREATE INDEX clv_model_as_of ON clv_model(as_of);

-- RFM score boundaries at a date (month ends): with them any customer's
-- R, F and M at that date follow from its own transactions alone, so the
-- 12-month history of one customer needs no re-scoring of everyone.
-- Each *_cuts column holds four comma-separated boundaries, for scores 2..5
-- (an empty entry: no customer reaches that score). r_cuts: the most
-- recency days that still reach the score; f_cuts, m_cuts: the least
-- frequency / monetary (minor units) that reach it. See rfm_snapshot.cpp.
CREATE TABLE rfm_cutpoints(
  as_of INTEGER NOT NULL,
  window_days INTEGER NOT NULL DEFAULT 0,
  scored INTEGER NOT NULL,
  r_cuts TEXT NOT NULL,
  f_cuts TEXT NOT NULL,
  m_cuts TEXT NOT NULL,
  PRIMARY KEY (as_of, window_days)
) WITHOUT ROWID;
-- A transaction written on or before a kept date makes that date's
-- boundaries stale: drop them (they are recomputed on demand). The WHEN
-- clause keeps the cost per written row to one index probe.
CREATE TRIGGER rfm_cutpoints_txn_insert AFTER INSERT ON txn
  WHEN NEW.day <= (SELECT max(as_of) FROM rfm_cutpoints)
BEGIN
  DELETE FROM rfm_cutpoints WHERE as_of >= NEW.day;
END;
CREATE TRIGGER rfm_cutpoints_txn_update AFTER UPDATE OF customer_id, day, amount ON txn
  WHEN min(OLD.day, NEW.day) <= (SELECT max(as_of) FROM rfm_cutpoints)
BEGIN
  DELETE FROM rfm_cutpoints WHERE as_of >= min(OLD.day, NEW.day);
END;
CREATE TRIGGER rfm_cutpoints_txn_delete AFTER DELETE ON txn
  WHEN OLD.day <= (SELECT max(as_of) FROM rfm_cutpoints)
BEGIN
  DELETE FROM rfm_cutpoints WHERE as_of >= OLD.day;
END;
)sql";

// Version 3: the audit log. Who changed what and when, per customer; no
// foreign key, so that the entries outlive a deleted customer (and come
// back with it when the deletion is undone). The per-connection triggers
// that write it are in audit_log.cpp.
constexpr std::string_view kVersion3 = R"sql(
CREATE TABLE audit_log(
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,            -- UTC 'YYYY-MM-DD HH:MM:SS'
  user TEXT NOT NULL,
  customer_id INTEGER NOT NULL,
  record TEXT NOT NULL,        -- customer, tag, contact, transaction, interaction, follow-up
  record_id INTEGER,
  action TEXT NOT NULL CHECK (action IN ('added', 'changed', 'deleted')),
  field TEXT NOT NULL,
  old_value TEXT,
  new_value TEXT
);
CREATE INDEX audit_log_customer ON audit_log(customer_id, id);
)sql";

// Version 4: the three CHECK constraints with a list of three values, written
// as comparisons. SQLite 3.40 builds a temporary b-tree for an IN list of
// more than two constants every time it checks a row (1.8-3.3 us per insert,
// measured); equal comparisons allow exactly the same values, NULL included.
// Only the stored SQL text changes (no row needs rewriting), so the step
// edits sqlite_master, the procedure SQLite documents for changing CHECK
// constraints (https://sqlite.org/lang_altertable.html#otheralter); the
// upgrade then bumps the schema cookie so that connections read it again.
constexpr std::string_view kVersion4 = R"sql(
PRAGMA writable_schema = ON;
UPDATE sqlite_master SET sql = replace(sql,
  'CHECK (company_stage IN (''start-up'', ''growth'', ''mature''))',
  'CHECK (company_stage = ''start-up'' OR company_stage = ''growth'' OR company_stage = ''mature'')')
WHERE type = 'table' AND name = 'customer';
UPDATE sqlite_master SET sql = replace(sql,
  'CHECK (complaint_status IN (''open'', ''in-progress'', ''resolved''))',
  'CHECK (complaint_status = ''open'' OR complaint_status = ''in-progress'' OR complaint_status = ''resolved'')')
WHERE type = 'table' AND name = 'interaction';
UPDATE sqlite_master SET sql = replace(sql,
  'CHECK (action IN (''added'', ''changed'', ''deleted''))',
  'CHECK (action = ''added'' OR action = ''changed'' OR action = ''deleted'')')
WHERE type = 'table' AND name = 'audit_log';
PRAGMA writable_schema = OFF;
)sql";

} // namespace

const std::vector<std::string_view>& steps() {
    static const std::vector<std::string_view> all{kVersion1, kVersion2, kVersion3, kVersion4};
    return all;
}

} // namespace crm::schema
