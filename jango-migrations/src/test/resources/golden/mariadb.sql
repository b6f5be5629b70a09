-- Apply app.0001_initial
CREATE TABLE `zm_m01` (`id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, `title` varchar(100) NOT NULL);
CREATE TABLE `zm_m02` (`id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, `title` varchar(100) NOT NULL, `rank` integer);
CREATE TABLE `zm_m03` (`id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, `a` varchar(20) NOT NULL, `b` integer NOT NULL DEFAULT 0);
CREATE TABLE `zm_m04` (`id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, `price` decimal(10, 2) NOT NULL DEFAULT 0);
CREATE TABLE `zm_m05` (`id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, `name` varchar(40) NOT NULL);
CREATE TABLE `zm_m06` (`id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, `keep` varchar(10) NOT NULL, `legacy` longtext);
CREATE TABLE `zm_m07` (`id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, `note` longtext);
CREATE TABLE `zm_m08` (`id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, `x` varchar(10) NOT NULL, `y` varchar(10) NOT NULL);
CREATE TABLE `zm_m09` (`id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, `code` varchar(10) NOT NULL);
CREATE TABLE `zm_m10` (`id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, `a` varchar(10) NOT NULL);
CREATE INDEX `zm_m10_old_idx` ON `zm_m10` (`a`);
CREATE TABLE `zm_m11` (`id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, `active` boolean NOT NULL DEFAULT 1, `at` datetime(6));
CREATE TABLE `zm_m12` (`id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, `day` date, `t` time(6));
CREATE TABLE `zm_m13` (`id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, `uid` char(36), `doc` json);
CREATE TABLE `zm_m14` (`id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, `data` longblob, `ttl` bigint NOT NULL DEFAULT 30000000);
CREATE TABLE `zm_m15` (`id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, `status` varchar(50) NOT NULL DEFAULT 'NEW', CONSTRAINT `zm_m15_status` CHECK (`status` IN ('NEW', 'DONE')));
CREATE TABLE `zm_m16` (`id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, `a` varchar(10) NOT NULL, `b` varchar(10) NOT NULL, CONSTRAINT `zm_m16_a_b_uniq` UNIQUE (`a`, `b`));
CREATE TABLE `zm_m17` (`id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, `n` bigint NOT NULL DEFAULT 7, `r` double precision);
CREATE TABLE `zm_m18` (`id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, `slug` varchar(30) NOT NULL);
CREATE INDEX `zm_m18_slug_id_idx` ON `zm_m18` (`slug`, `id` DESC);
CREATE TABLE `zm_m19` (`id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, `qty` integer NOT NULL DEFAULT 1, CONSTRAINT `zm_m19_qty` CHECK (`qty` >= 0));
CREATE TABLE `zm_m20` (`id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, `title` varchar(60) NOT NULL, `body` longtext);
-- Apply app.0002_create_m21_and_more
CREATE TABLE `zm_m21` (`id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, `name` varchar(30) NOT NULL, `n` integer NOT NULL DEFAULT 0);
ALTER TABLE `zm_m01` ADD COLUMN `subtitle` varchar(50);
ALTER TABLE `zm_m01` ADD COLUMN `pages` integer NOT NULL DEFAULT 0;
ALTER TABLE `zm_m02` MODIFY COLUMN `rank` integer DEFAULT 5;
-- Apply app.0003_backfill_m02_rank (not atomic)
-- code: Backfill M02.rank = 5 (batches of 1000): UPDATE `zm_m02` SET `rank` = 5 WHERE `rank` IS NULL ORDER BY `id` LIMIT 1000
-- Apply app.0004_m02_constraint
ALTER TABLE `zm_m02` ADD CONSTRAINT `m02_rank_notnull` CHECK (`rank` IS NOT NULL);
-- Apply app.0005_validate_m02_rank_notnull
ALTER TABLE `zm_m02` MODIFY COLUMN `rank` integer NOT NULL DEFAULT 5;
ALTER TABLE `zm_m02` DROP CONSTRAINT `m02_rank_notnull`;
-- Apply app.0006_m03_index (not atomic)
ALTER TABLE `zm_m03` ADD INDEX `zm_m03_a_b_idx` (`a`, `b`), ALGORITHM=INPLACE, LOCK=NONE;
-- Apply app.0007_m04_constraint
ALTER TABLE `zm_m04` ADD CONSTRAINT `zm_m04_price` CHECK (`price` >= 0);
-- Apply app.0008_validate_zm_m04_price
-- Apply app.0009_m08_constraint (not atomic)
ALTER TABLE `zm_m08` ADD CONSTRAINT `zm_m08_xy` UNIQUE (`x`, `y`), ALGORITHM=INPLACE, LOCK=NONE;
-- Apply app.0010_alter_m09_code_and_more
ALTER TABLE `zm_m09` MODIFY COLUMN `code` varchar(40) NOT NULL;
ALTER TABLE `zm_m10` RENAME INDEX `zm_m10_old_idx` TO `zm_m10_new_idx`;
DROP TABLE `zm_m07`;
-- Apply app.0011_drop_m06_legacy
ALTER TABLE `zm_m06` DROP COLUMN `legacy`;
-- Unapply app.0011_drop_m06_legacy
ALTER TABLE `zm_m06` ADD COLUMN `legacy` longtext;
-- Unapply app.0010_alter_m09_code_and_more
CREATE TABLE `zm_m07` (`id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, `note` longtext);
ALTER TABLE `zm_m10` RENAME INDEX `zm_m10_new_idx` TO `zm_m10_old_idx`;
ALTER TABLE `zm_m09` MODIFY COLUMN `code` varchar(10) NOT NULL;
-- Unapply app.0009_m08_constraint (not atomic)
ALTER TABLE `zm_m08` DROP INDEX `zm_m08_xy`;
-- Unapply app.0008_validate_zm_m04_price
-- Unapply app.0007_m04_constraint
ALTER TABLE `zm_m04` DROP CONSTRAINT `zm_m04_price`;
-- Unapply app.0006_m03_index (not atomic)
ALTER TABLE `zm_m03` DROP INDEX `zm_m03_a_b_idx`;
-- Unapply app.0005_validate_m02_rank_notnull
ALTER TABLE `zm_m02` ADD CONSTRAINT `m02_rank_notnull` CHECK (`rank` IS NOT NULL);
ALTER TABLE `zm_m02` MODIFY COLUMN `rank` integer DEFAULT 5;
-- Unapply app.0004_m02_constraint
ALTER TABLE `zm_m02` DROP CONSTRAINT `m02_rank_notnull`;
-- Unapply app.0003_backfill_m02_rank (not atomic)
-- Unapply app.0002_create_m21_and_more
ALTER TABLE `zm_m02` MODIFY COLUMN `rank` integer;
ALTER TABLE `zm_m01` DROP COLUMN `pages`;
ALTER TABLE `zm_m01` DROP COLUMN `subtitle`;
DROP TABLE `zm_m21`;
-- Unapply app.0001_initial
DROP TABLE `zm_m20`;
DROP TABLE `zm_m19`;
DROP TABLE `zm_m18`;
DROP TABLE `zm_m17`;
DROP TABLE `zm_m16`;
DROP TABLE `zm_m15`;
DROP TABLE `zm_m14`;
DROP TABLE `zm_m13`;
DROP TABLE `zm_m12`;
DROP TABLE `zm_m11`;
DROP TABLE `zm_m10`;
DROP TABLE `zm_m09`;
DROP TABLE `zm_m08`;
DROP TABLE `zm_m07`;
DROP TABLE `zm_m06`;
DROP TABLE `zm_m05`;
DROP TABLE `zm_m04`;
DROP TABLE `zm_m03`;
DROP TABLE `zm_m02`;
DROP TABLE `zm_m01`;
