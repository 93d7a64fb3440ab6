import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Full-text search (src/search): the index of what the public can read, one row per published
 * article or comparison and language, kept current by the collections' hooks; each language's
 * stemmer after `unaccent` ("rapido" finds "rápido"); the text again in passages, to highlight
 * a snippet from; the words of titles, tags and headings for "Did you mean …?" by trigram
 * similarity of their Latin spelling; and anonymous counts of what readers search for.
 * Written by hand: Payload's schema does not change, so there is no snapshot beside it.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE EXTENSION IF NOT EXISTS unaccent;
  CREATE EXTENSION IF NOT EXISTS pg_trgm;

  CREATE TEXT SEARCH CONFIGURATION site_en (COPY = english);
  ALTER TEXT SEARCH CONFIGURATION site_en
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
    WITH unaccent, english_stem;
  CREATE TEXT SEARCH CONFIGURATION site_es (COPY = spanish);
  ALTER TEXT SEARCH CONFIGURATION site_es
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
    WITH unaccent, spanish_stem;
  CREATE TEXT SEARCH CONFIGURATION site_ru (COPY = russian);
  ALTER TEXT SEARCH CONFIGURATION site_ru
    ALTER MAPPING FOR word, hword, hword_part WITH unaccent, russian_stem;
  ALTER TEXT SEARCH CONFIGURATION site_ru
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart WITH english_stem;

  CREATE FUNCTION site_search_configuration(locale text) RETURNS regconfig
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT CASE locale WHEN 'es' THEN 'site_es' WHEN 'ru' THEN 'site_ru' ELSE 'site_en' END::regconfig $$;

  -- What the stemmer gets. Spanish's leaves the plural of a loanword whole ("frameworks" is not
  -- "framework"): its final s after a consonant goes, in the documents and in the queries alike.
  CREATE FUNCTION site_search_text(locale text, content text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT CASE locale
      WHEN 'es' THEN regexp_replace(content, '\\m([[:alpha:]]+[bcdfgkmptvw])s\\M', '\\1', 'gi')
      ELSE content END $$;

  CREATE TABLE search_documents (
    collection varchar NOT NULL,
    doc_id integer NOT NULL,
    locale varchar NOT NULL,
    slug varchar NOT NULL,
    title varchar NOT NULL,
    description varchar NOT NULL DEFAULT '',
    tags varchar NOT NULL DEFAULT '',
    headings varchar NOT NULL DEFAULT '',
    body varchar NOT NULL DEFAULT '',
    published_at timestamptz,
    indexed_at timestamptz NOT NULL DEFAULT now(),
    document tsvector GENERATED ALWAYS AS (
      setweight(to_tsvector(site_search_configuration(locale), site_search_text(locale, title)), 'A') ||
      setweight(to_tsvector(site_search_configuration(locale),
        site_search_text(locale, description || ' ' || tags)), 'B') ||
      setweight(to_tsvector(site_search_configuration(locale), site_search_text(locale, headings)), 'C') ||
      setweight(to_tsvector(site_search_configuration(locale), site_search_text(locale, body)), 'D')
    ) STORED,
    PRIMARY KEY (collection, doc_id, locale)
  );
  CREATE INDEX search_documents_document_idx ON search_documents USING gin (document);
  CREATE INDEX search_documents_locale_idx ON search_documents (locale, published_at DESC);

  -- The same text in passages of a paragraph or a few, each with its own vector: a result's
  -- snippet is highlighted from its best passage, not from the whole body (ts_headline parses
  -- all the text it is given; a long article took milliseconds per result).
  CREATE TABLE search_passages (
    collection varchar NOT NULL,
    doc_id integer NOT NULL,
    locale varchar NOT NULL,
    position integer NOT NULL,
    content varchar NOT NULL,
    vector tsvector GENERATED ALWAYS AS (
      to_tsvector(site_search_configuration(locale), site_search_text(locale, content))
    ) STORED,
    PRIMARY KEY (collection, doc_id, locale, position),
    FOREIGN KEY (collection, doc_id, locale)
      REFERENCES search_documents (collection, doc_id, locale) ON DELETE CASCADE
  );

  CREATE TABLE search_words (
    collection varchar NOT NULL,
    doc_id integer NOT NULL,
    locale varchar NOT NULL,
    word varchar NOT NULL,
    -- The word in Latin letters, lower case ("Джанго" is "dzhango"): trigrams of it work in any
    -- database locale (pg_trgm ignores non-ASCII letters under the C locale) and across scripts.
    key varchar NOT NULL,
    PRIMARY KEY (collection, doc_id, locale, word),
    FOREIGN KEY (collection, doc_id, locale)
      REFERENCES search_documents (collection, doc_id, locale) ON DELETE CASCADE
  );
  CREATE INDEX search_words_key_idx ON search_words USING gin (key gin_trgm_ops);

  CREATE TABLE search_queries (
    day date NOT NULL,
    locale varchar NOT NULL,
    query varchar NOT NULL,
    searches integer NOT NULL DEFAULT 0,
    results integer NOT NULL DEFAULT 0,
    PRIMARY KEY (day, locale, query)
  );`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TABLE search_queries;
  DROP TABLE search_words;
  DROP TABLE search_passages;
  DROP TABLE search_documents;
  DROP FUNCTION site_search_configuration(text);
  DROP FUNCTION site_search_text(text, text);
  DROP TEXT SEARCH CONFIGURATION site_en;
  DROP TEXT SEARCH CONFIGURATION site_es;
  DROP TEXT SEARCH CONFIGURATION site_ru;`)
}
