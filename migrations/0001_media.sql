CREATE TABLE `media` (
	`id` text PRIMARY KEY NOT NULL,
	`conversation_id` text NOT NULL,
	`channel` text NOT NULL,
	`kind` text NOT NULL,
	`ref_enc` text NOT NULL,
	`declared_size` integer,
	`status` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`lease_until` integer,
	`last_error` text,
	`bytes_enc` blob,
	`size` integer,
	`created_at` integer NOT NULL,
	`stored_at` integer
);
--> statement-breakpoint
CREATE INDEX `media_due_idx` ON `media` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `media_conversation_idx` ON `media` (`conversation_id`);