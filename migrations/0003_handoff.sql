CREATE TABLE `alerts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`conversation_id` text,
	`case_id` text,
	`office_id` text,
	`reason` text NOT NULL,
	`status` text NOT NULL,
	`chain` text DEFAULT '[]' NOT NULL,
	`rung` integer DEFAULT 0 NOT NULL,
	`claimed_by` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`first_sent_at` integer,
	`claimed_at` integer,
	`closed_at` integer
);
--> statement-breakpoint
CREATE INDEX `alerts_conversation_idx` ON `alerts` (`conversation_id`,`status`);--> statement-breakpoint
CREATE INDEX `alerts_claimed_by_idx` ON `alerts` (`claimed_by`,`status`);--> statement-breakpoint
CREATE TABLE `audit_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer NOT NULL,
	`actor` text NOT NULL,
	`action` text NOT NULL,
	`alert_id` integer,
	`case_id` text,
	`office_id` text
);
--> statement-breakpoint
CREATE INDEX `audit_alert_idx` ON `audit_events` (`alert_id`);