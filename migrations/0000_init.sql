CREATE TABLE `cases` (
	`id` text PRIMARY KEY NOT NULL,
	`reference` text NOT NULL,
	`conversation_id` text,
	`categories` text DEFAULT '[]' NOT NULL,
	`urgent` integer DEFAULT false NOT NULL,
	`risk` text,
	`region_code` text,
	`office_id` text,
	`details_enc` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cases_reference_uq` ON `cases` (`reference`);--> statement-breakpoint
CREATE INDEX `cases_conversation_idx` ON `cases` (`conversation_id`);--> statement-breakpoint
CREATE TABLE `conversations` (
	`id` text PRIMARY KEY NOT NULL,
	`channel` text NOT NULL,
	`user_hash` text NOT NULL,
	`address_enc` text NOT NULL,
	`snapshot_enc` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `conversations_user_uq` ON `conversations` (`channel`,`user_hash`);--> statement-breakpoint
CREATE TABLE `inbound_messages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`channel` text NOT NULL,
	`external_id` text NOT NULL,
	`conversation_id` text NOT NULL,
	`payload_enc` text NOT NULL,
	`received_at` integer NOT NULL,
	`processed_at` integer,
	`status` text DEFAULT 'pending' NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `inbound_channel_external_uq` ON `inbound_messages` (`channel`,`external_id`);--> statement-breakpoint
CREATE INDEX `inbound_pending_idx` ON `inbound_messages` (`status`,`id`);--> statement-breakpoint
CREATE TABLE `outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`conversation_id` text NOT NULL,
	`channel` text NOT NULL,
	`address_enc` text NOT NULL,
	`payload_enc` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`lease_until` integer,
	`last_error` text,
	`platform_message_id` text,
	`created_at` integer NOT NULL,
	`sent_at` integer
);
--> statement-breakpoint
CREATE INDEX `outbox_due_idx` ON `outbox` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `outbox_conversation_idx` ON `outbox` (`conversation_id`,`id`);--> statement-breakpoint
CREATE TABLE `timers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`conversation_id` text NOT NULL,
	`name` text NOT NULL,
	`token` integer NOT NULL,
	`due_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `timers_conversation_name_uq` ON `timers` (`conversation_id`,`name`);--> statement-breakpoint
CREATE INDEX `timers_due_idx` ON `timers` (`due_at`);