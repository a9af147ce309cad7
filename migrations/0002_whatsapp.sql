CREATE TABLE `baileys_auth` (
	`session` text NOT NULL,
	`category` text NOT NULL,
	`key_hash` text NOT NULL,
	`value_enc` text NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `baileys_auth_item_uq` ON `baileys_auth` (`session`,`category`,`key_hash`);--> statement-breakpoint
CREATE TABLE `channel_locks` (
	`name` text PRIMARY KEY NOT NULL,
	`owner` text NOT NULL,
	`lease_until` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `conversations` ADD `last_inbound_at` integer;--> statement-breakpoint
ALTER TABLE `outbox` ADD `delivery_status` text;--> statement-breakpoint
ALTER TABLE `outbox` ADD `delivery_status_at` integer;--> statement-breakpoint
ALTER TABLE `outbox` ADD `delivery_error` text;--> statement-breakpoint
CREATE INDEX `outbox_platform_message_idx` ON `outbox` (`channel`,`platform_message_id`);