CREATE TABLE `sender_blocks` (
	`conversation_id` text PRIMARY KEY NOT NULL,
	`blocked_until` integer NOT NULL,
	`blocked_by` text NOT NULL,
	`case_id` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `sender_blocks_until_idx` ON `sender_blocks` (`blocked_until`);