-- Apply app.0001_initial
CREATE TABLE "zm_m01" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "title" varchar(100) NOT NULL);
CREATE TABLE "zm_m02" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "title" varchar(100) NOT NULL, "rank" integer);
CREATE TABLE "zm_m03" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "a" varchar(20) NOT NULL, "b" integer NOT NULL DEFAULT 0);
CREATE TABLE "zm_m04" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "price" decimal(10, 2) NOT NULL DEFAULT 0);
CREATE TABLE "zm_m05" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(40) NOT NULL);
CREATE TABLE "zm_m06" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "keep" varchar(10) NOT NULL, "legacy" text);
CREATE TABLE "zm_m07" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "note" text);
CREATE TABLE "zm_m08" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "x" varchar(10) NOT NULL, "y" varchar(10) NOT NULL);
CREATE TABLE "zm_m09" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "code" varchar(10) NOT NULL);
CREATE TABLE "zm_m10" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "a" varchar(10) NOT NULL);
CREATE INDEX "zm_m10_old_idx" ON "zm_m10" ("a");
CREATE TABLE "zm_m11" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "active" boolean NOT NULL DEFAULT 1, "at" datetime);
CREATE TABLE "zm_m12" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "day" date, "t" time);
CREATE TABLE "zm_m13" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "uid" char(36), "doc" text);
CREATE TABLE "zm_m14" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "data" blob, "ttl" bigint NOT NULL DEFAULT 30000000);
CREATE TABLE "zm_m15" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "status" varchar(50) NOT NULL DEFAULT 'NEW', CONSTRAINT "zm_m15_status" CHECK ("status" IN ('NEW', 'DONE')));
CREATE TABLE "zm_m16" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "a" varchar(10) NOT NULL, "b" varchar(10) NOT NULL);
CREATE UNIQUE INDEX "zm_m16_a_b_uniq" ON "zm_m16" ("a", "b");
CREATE TABLE "zm_m17" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "n" bigint NOT NULL DEFAULT 7, "r" real);
CREATE TABLE "zm_m18" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "slug" varchar(30) NOT NULL);
CREATE INDEX "zm_m18_slug_id_idx" ON "zm_m18" ("slug", "id" DESC);
CREATE TABLE "zm_m19" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "qty" integer NOT NULL DEFAULT 1, CONSTRAINT "zm_m19_qty" CHECK ("qty" >= 0));
CREATE TABLE "zm_m20" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "title" varchar(60) NOT NULL, "body" text);
-- Apply app.0002_create_m21_and_more
CREATE TABLE "zm_m21" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(30) NOT NULL, "n" integer NOT NULL DEFAULT 0);
ALTER TABLE "zm_m01" ADD COLUMN "subtitle" varchar(50);
ALTER TABLE "zm_m01" ADD COLUMN "pages" integer NOT NULL DEFAULT 0;
CREATE TABLE "new__zm_m02" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "title" varchar(100) NOT NULL, "rank" integer DEFAULT 5);
INSERT INTO "new__zm_m02" ("id", "title", "rank") SELECT "id", "title", "rank" FROM "zm_m02";
DROP TABLE "zm_m02";
ALTER TABLE "new__zm_m02" RENAME TO "zm_m02";
-- Apply app.0003_backfill_m02_rank (not atomic)
-- code: Backfill M02.rank = 5 (batches of 1000): UPDATE "zm_m02" SET "rank" = 5 WHERE "id" IN (SELECT "id" FROM "zm_m02" WHERE "rank" IS NULL ORDER BY "id" LIMIT 1000)
-- Apply app.0004_m02_constraint
CREATE TABLE "new__zm_m02" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "title" varchar(100) NOT NULL, "rank" integer DEFAULT 5, CONSTRAINT "m02_rank_notnull" CHECK ("rank" IS NOT NULL));
INSERT INTO "new__zm_m02" ("id", "title", "rank") SELECT "id", "title", "rank" FROM "zm_m02";
DROP TABLE "zm_m02";
ALTER TABLE "new__zm_m02" RENAME TO "zm_m02";
-- Apply app.0005_validate_m02_rank_notnull
CREATE TABLE "new__zm_m02" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "title" varchar(100) NOT NULL, "rank" integer NOT NULL DEFAULT 5, CONSTRAINT "m02_rank_notnull" CHECK ("rank" IS NOT NULL));
INSERT INTO "new__zm_m02" ("id", "title", "rank") SELECT "id", "title", coalesce("rank", 5) FROM "zm_m02";
DROP TABLE "zm_m02";
ALTER TABLE "new__zm_m02" RENAME TO "zm_m02";
CREATE TABLE "new__zm_m02" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "title" varchar(100) NOT NULL, "rank" integer NOT NULL DEFAULT 5);
INSERT INTO "new__zm_m02" ("id", "title", "rank") SELECT "id", "title", "rank" FROM "zm_m02";
DROP TABLE "zm_m02";
ALTER TABLE "new__zm_m02" RENAME TO "zm_m02";
-- Apply app.0006_m03_index (not atomic)
CREATE INDEX "zm_m03_a_b_idx" ON "zm_m03" ("a", "b");
-- Apply app.0007_m04_constraint
CREATE TABLE "new__zm_m04" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "price" decimal(10, 2) NOT NULL DEFAULT 0, CONSTRAINT "zm_m04_price" CHECK ("price" >= 0));
INSERT INTO "new__zm_m04" ("id", "price") SELECT "id", "price" FROM "zm_m04";
DROP TABLE "zm_m04";
ALTER TABLE "new__zm_m04" RENAME TO "zm_m04";
-- Apply app.0008_validate_zm_m04_price
-- Apply app.0009_m08_constraint (not atomic)
CREATE UNIQUE INDEX "zm_m08_xy" ON "zm_m08" ("x", "y");
-- Apply app.0010_alter_m09_code_and_more
CREATE TABLE "new__zm_m09" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "code" varchar(40) NOT NULL);
INSERT INTO "new__zm_m09" ("id", "code") SELECT "id", "code" FROM "zm_m09";
DROP TABLE "zm_m09";
ALTER TABLE "new__zm_m09" RENAME TO "zm_m09";
DROP INDEX "zm_m10_old_idx";
CREATE INDEX "zm_m10_new_idx" ON "zm_m10" ("a");
DROP TABLE "zm_m07";
-- Apply app.0011_drop_m06_legacy
CREATE TABLE "new__zm_m06" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "keep" varchar(10) NOT NULL);
INSERT INTO "new__zm_m06" ("id", "keep") SELECT "id", "keep" FROM "zm_m06";
DROP TABLE "zm_m06";
ALTER TABLE "new__zm_m06" RENAME TO "zm_m06";
-- Unapply app.0011_drop_m06_legacy
ALTER TABLE "zm_m06" ADD COLUMN "legacy" text;
-- Unapply app.0010_alter_m09_code_and_more
CREATE TABLE "zm_m07" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "note" text);
DROP INDEX "zm_m10_new_idx";
CREATE INDEX "zm_m10_old_idx" ON "zm_m10" ("a");
CREATE TABLE "new__zm_m09" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "code" varchar(10) NOT NULL);
INSERT INTO "new__zm_m09" ("id", "code") SELECT "id", "code" FROM "zm_m09";
DROP TABLE "zm_m09";
ALTER TABLE "new__zm_m09" RENAME TO "zm_m09";
-- Unapply app.0009_m08_constraint (not atomic)
DROP INDEX "zm_m08_xy";
-- Unapply app.0008_validate_zm_m04_price
-- Unapply app.0007_m04_constraint
CREATE TABLE "new__zm_m04" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "price" decimal(10, 2) NOT NULL DEFAULT 0);
INSERT INTO "new__zm_m04" ("id", "price") SELECT "id", "price" FROM "zm_m04";
DROP TABLE "zm_m04";
ALTER TABLE "new__zm_m04" RENAME TO "zm_m04";
-- Unapply app.0006_m03_index (not atomic)
DROP INDEX "zm_m03_a_b_idx";
-- Unapply app.0005_validate_m02_rank_notnull
CREATE TABLE "new__zm_m02" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "title" varchar(100) NOT NULL, "rank" integer NOT NULL DEFAULT 5, CONSTRAINT "m02_rank_notnull" CHECK ("rank" IS NOT NULL));
INSERT INTO "new__zm_m02" ("id", "title", "rank") SELECT "id", "title", "rank" FROM "zm_m02";
DROP TABLE "zm_m02";
ALTER TABLE "new__zm_m02" RENAME TO "zm_m02";
CREATE TABLE "new__zm_m02" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "title" varchar(100) NOT NULL, "rank" integer DEFAULT 5, CONSTRAINT "m02_rank_notnull" CHECK ("rank" IS NOT NULL));
INSERT INTO "new__zm_m02" ("id", "title", "rank") SELECT "id", "title", "rank" FROM "zm_m02";
DROP TABLE "zm_m02";
ALTER TABLE "new__zm_m02" RENAME TO "zm_m02";
-- Unapply app.0004_m02_constraint
CREATE TABLE "new__zm_m02" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "title" varchar(100) NOT NULL, "rank" integer DEFAULT 5);
INSERT INTO "new__zm_m02" ("id", "title", "rank") SELECT "id", "title", "rank" FROM "zm_m02";
DROP TABLE "zm_m02";
ALTER TABLE "new__zm_m02" RENAME TO "zm_m02";
-- Unapply app.0003_backfill_m02_rank (not atomic)
-- Unapply app.0002_create_m21_and_more
CREATE TABLE "new__zm_m02" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "title" varchar(100) NOT NULL, "rank" integer);
INSERT INTO "new__zm_m02" ("id", "title", "rank") SELECT "id", "title", "rank" FROM "zm_m02";
DROP TABLE "zm_m02";
ALTER TABLE "new__zm_m02" RENAME TO "zm_m02";
CREATE TABLE "new__zm_m01" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "title" varchar(100) NOT NULL, "subtitle" varchar(50));
INSERT INTO "new__zm_m01" ("id", "title", "subtitle") SELECT "id", "title", "subtitle" FROM "zm_m01";
DROP TABLE "zm_m01";
ALTER TABLE "new__zm_m01" RENAME TO "zm_m01";
CREATE TABLE "new__zm_m01" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "title" varchar(100) NOT NULL);
INSERT INTO "new__zm_m01" ("id", "title") SELECT "id", "title" FROM "zm_m01";
DROP TABLE "zm_m01";
ALTER TABLE "new__zm_m01" RENAME TO "zm_m01";
DROP TABLE "zm_m21";
-- Unapply app.0001_initial
DROP TABLE "zm_m20";
DROP TABLE "zm_m19";
DROP TABLE "zm_m18";
DROP TABLE "zm_m17";
DROP TABLE "zm_m16";
DROP TABLE "zm_m15";
DROP TABLE "zm_m14";
DROP TABLE "zm_m13";
DROP TABLE "zm_m12";
DROP TABLE "zm_m11";
DROP TABLE "zm_m10";
DROP TABLE "zm_m09";
DROP TABLE "zm_m08";
DROP TABLE "zm_m07";
DROP TABLE "zm_m06";
DROP TABLE "zm_m05";
DROP TABLE "zm_m04";
DROP TABLE "zm_m03";
DROP TABLE "zm_m02";
DROP TABLE "zm_m01";
