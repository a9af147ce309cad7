CREATE TABLE `case_notes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` text NOT NULL,
	`officer_id` text NOT NULL,
	`text_enc` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `case_notes_case_idx` ON `case_notes` (`case_id`,`id`);--> statement-breakpoint
CREATE TABLE `officer_sessions` (
	`id_hash` text PRIMARY KEY NOT NULL,
	`officer_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`last_seen_at` integer NOT NULL,
	`expires_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `officer_sessions_officer_idx` ON `officer_sessions` (`officer_id`);--> statement-breakpoint
CREATE TABLE `officer_signins` (
	`officer_id` text PRIMARY KEY NOT NULL,
	`code_hash` text NOT NULL,
	`expires_at` integer NOT NULL,
	`failures` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `cases` ADD `desk_status` text DEFAULT 'baru' NOT NULL;