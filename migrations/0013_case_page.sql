ALTER TABLE `audit_events` ADD `detail` text;--> statement-breakpoint
ALTER TABLE `cases` ADD `follow_up_on` text;--> statement-breakpoint
ALTER TABLE `cases` ADD `simfoni_enc` text;