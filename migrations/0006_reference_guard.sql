CREATE TABLE `alert_messages` (
	`alert_id` integer NOT NULL,
	`outbox_id` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `alert_messages_alert_idx` ON `alert_messages` (`alert_id`);--> statement-breakpoint
CREATE TABLE `attempts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`scope` text NOT NULL,
	`subject` text NOT NULL,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `attempts_scope_idx` ON `attempts` (`scope`,`subject`,`at`);--> statement-breakpoint
CREATE INDEX `attempts_at_idx` ON `attempts` (`at`);--> statement-breakpoint
CREATE TABLE `outside_notes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` text NOT NULL,
	`from_conversation_id` text NOT NULL,
	`text_enc` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `outside_notes_case_idx` ON `outside_notes` (`case_id`,`id`);--> statement-breakpoint
CREATE INDEX `outside_notes_from_idx` ON `outside_notes` (`from_conversation_id`);--> statement-breakpoint
ALTER TABLE `alerts` ADD `digest_pending` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX `alerts_office_sent_idx` ON `alerts` (`office_id`,`first_sent_at`);--> statement-breakpoint
ALTER TABLE `cases` ADD `pin_hash` text;