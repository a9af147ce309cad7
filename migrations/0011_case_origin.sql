ALTER TABLE `cases` ADD `channel` text;--> statement-breakpoint
ALTER TABLE `cases` ADD `language` text;