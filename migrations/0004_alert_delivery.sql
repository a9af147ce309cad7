ALTER TABLE `alerts` ADD `ring_outbox_id` integer;--> statement-breakpoint
ALTER TABLE `alerts` ADD `reporter_away_at` integer;--> statement-breakpoint
CREATE INDEX `alerts_ring_outbox_idx` ON `alerts` (`ring_outbox_id`);--> statement-breakpoint
ALTER TABLE `outbox` ADD `priority` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `outbox_unsent_idx` ON `outbox` (`conversation_id`,`id`) WHERE "outbox"."status" in ('pending', 'sending');