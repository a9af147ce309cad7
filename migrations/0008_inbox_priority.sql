ALTER TABLE `inbound_messages` ADD `priority` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `inbound_messages` ADD `available_at` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `inbound_conversation_idx` ON `inbound_messages` (`conversation_id`,`status`,`id`);