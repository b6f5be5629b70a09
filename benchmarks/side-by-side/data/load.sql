-- Deterministic reference data, generated inside PostgreSQL (no client round trips).
-- Run after schema.sql with:  psql -v books=1000000 -f load.sql
-- Sizes scale with :books (authors = books / 50, at least 10); every book has exactly 3 tags.
\set ON_ERROR_STOP on
SELECT greatest(:books / 50, 10) AS authors \gset

INSERT INTO country (id, name, code)
SELECT c, 'Country ' || c, chr(65 + (c - 1) / 26) || chr(65 + (c - 1) % 26)
FROM generate_series(1, 20) AS c;

INSERT INTO publisher (id, name, country_id)
SELECT p, (ARRAY['Northern', 'Blue', 'Lantern', 'Harbor', 'Quill', 'Oak'])[1 + p % 6] || ' Press ' || p,
       1 + p % 20
FROM generate_series(1, 500) AS p;

INSERT INTO author (id, name, publisher_id)
SELECT a, (ARRAY['Ada', 'Boris', 'Chiara', 'Dmitri', 'Elena', 'Farid', 'Greta', 'Hiro'])[1 + a % 8] || ' '
          || (ARRAY['Lovelace', 'Okafor', 'Rossi', 'Novak', 'Silva', 'Tanaka', 'Weber'])[1 + (a / 8) % 7] || ' ' || a,
       1 + (a * 7) % 500
FROM generate_series(1, :authors) AS a;

INSERT INTO tag (id, name)
SELECT t, 'tag-' || t FROM generate_series(1, 100) AS t;

INSERT INTO book (id, title, author_id, price, published, pages)
SELECT b,
       (ARRAY['The', 'A', 'Our', 'No'])[1 + b % 4] || ' '
         || (ARRAY['Silent', 'Golden', 'Last', 'Hidden', 'Broken', 'Distant', 'Red', 'Long'])[1 + (b / 4) % 8] || ' '
         || (ARRAY['River', 'Garden', 'Winter', 'Machine', 'Letter', 'Harbor', 'Forest', 'Promise', 'City'])[1 + (b / 32) % 9]
         || ' ' || b,
       1 + (b * 31) % :authors,
       ((b * 37) % 9000 + 500) / 100.0,
       date '1950-01-01' + ((b * 7919) % 27000)::integer,
       100 + (b * 13) % 900
FROM generate_series(1::bigint, :books) AS b;

-- Three distinct tags per book: offsets 0, 33 and 66 never collide modulo 100.
INSERT INTO book_tag (book_id, tag_id)
SELECT b, 1 + (b * 7 + k * 33) % 100
FROM generate_series(1::bigint, :books) AS b, generate_series(0, 2) AS k;

-- Keys were given explicitly: move the identity sequences past them so inserts still work.
SELECT setval(pg_get_serial_sequence('country', 'id'), 20);
SELECT setval(pg_get_serial_sequence('publisher', 'id'), 500);
SELECT setval(pg_get_serial_sequence('author', 'id'), :authors);
SELECT setval(pg_get_serial_sequence('tag', 'id'), 100);
SELECT setval(pg_get_serial_sequence('book', 'id'), :books);
SELECT setval(pg_get_serial_sequence('book_tag', 'id'), (SELECT max(id) FROM book_tag));

-- Constraints and indexes exactly as migration catalog/0001_initial names and defines them.
ALTER TABLE "publisher" ADD CONSTRAINT "publisher_country_id_fk" FOREIGN KEY ("country_id") REFERENCES "country" ("id") ON DELETE CASCADE;
ALTER TABLE "author" ADD CONSTRAINT "author_publisher_id_fk" FOREIGN KEY ("publisher_id") REFERENCES "publisher" ("id") ON DELETE CASCADE;
ALTER TABLE "book" ADD CONSTRAINT "book_author_id_fk" FOREIGN KEY ("author_id") REFERENCES "author" ("id") ON DELETE CASCADE;
ALTER TABLE "book_tag" ADD CONSTRAINT "book_tag_book_id_fk" FOREIGN KEY ("book_id") REFERENCES "book" ("id") ON DELETE CASCADE;
ALTER TABLE "book_tag" ADD CONSTRAINT "book_tag_tag_id_fk" FOREIGN KEY ("tag_id") REFERENCES "tag" ("id") ON DELETE CASCADE;
ALTER TABLE "book_tag" ADD CONSTRAINT "book_tag_book_tag_uniq" UNIQUE ("book_id", "tag_id");

CREATE INDEX "publisher_country_id_idx" ON "publisher" ("country_id");
CREATE INDEX "author_publisher_id_idx" ON "author" ("publisher_id");
CREATE INDEX "book_author_id_idx" ON "book" ("author_id");
-- The list pages: newest first, keyset on (published, id).
CREATE INDEX "book_published_id_idx" ON "book" ("published" DESC, "id" DESC);
CREATE INDEX "book_tag_book_id_idx" ON "book_tag" ("book_id");
CREATE INDEX "book_tag_tag_id_idx" ON "book_tag" ("tag_id");

VACUUM ANALYZE;
