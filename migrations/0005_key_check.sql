CREATE TABLE `key_check` (
	`id` integer PRIMARY KEY NOT NULL,
	`key_id` text NOT NULL,
	`sealed` text NOT NULL,
	`index_key_id` text NOT NULL,
	`index_probe` text NOT NULL
);
