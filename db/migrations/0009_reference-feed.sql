CREATE TABLE `reference_feed_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`item_id` text NOT NULL,
	`position` integer NOT NULL,
	`sequence` integer,
	`kind` text NOT NULL,
	`key_id` text,
	`status` text NOT NULL,
	`reason` text,
	`outcome` text,
	`received_at` text NOT NULL,
	CONSTRAINT "reference_feed_items_status_check" CHECK("reference_feed_items"."status" IN ('applied', 'rejected', 'unsupported', 'awaiting-confirmation'))
);
--> statement-breakpoint
CREATE INDEX `reference_feed_items_item_idx` ON `reference_feed_items` (`item_id`,`status`);--> statement-breakpoint
CREATE TABLE `reference_feed_keys` (
	`key_id` text PRIMARY KEY NOT NULL,
	`public_key_pem` text NOT NULL,
	`announced_by` text NOT NULL,
	`added_at` text NOT NULL,
	`retired_at` text
);
--> statement-breakpoint
CREATE TABLE `reference_feed_state` (
	`id` integer PRIMARY KEY NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`last_sequence` integer DEFAULT 0 NOT NULL,
	`updated_at` text,
	CONSTRAINT "reference_feed_state_single_row" CHECK("reference_feed_state"."id" = 1)
);
