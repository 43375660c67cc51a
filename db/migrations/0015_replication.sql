CREATE TABLE `replica_origins` (
	`origin_device` text NOT NULL,
	`entity` text NOT NULL,
	`origin_id` text NOT NULL,
	`local_id` integer NOT NULL,
	PRIMARY KEY(`origin_device`, `entity`, `origin_id`)
);
--> statement-breakpoint
CREATE TABLE `replica_rows` (
	`entity` text NOT NULL,
	`local_id` integer NOT NULL,
	`origin_device` text NOT NULL,
	`origin_id` text NOT NULL,
	`clocks` text DEFAULT '{}' NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	PRIMARY KEY(`entity`, `local_id`)
);
--> statement-breakpoint
CREATE TABLE `replication_conflicts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`entity` text NOT NULL,
	`local_row_id` integer,
	`item_id` text NOT NULL,
	`origin_device` text NOT NULL,
	`remote_device` text NOT NULL,
	`remote_user` text,
	`column` text,
	`local_value` text,
	`remote_value` text,
	`local_hlc` text,
	`remote_hlc` text,
	`winner` text,
	`message` text NOT NULL,
	`detected_at` text NOT NULL,
	CONSTRAINT "replication_conflicts_kind_check" CHECK("kind" IN ('field', 'transition', 'apply'))
);
--> statement-breakpoint
CREATE INDEX `replication_conflicts_row_idx` ON `replication_conflicts` (`entity`,`local_row_id`);--> statement-breakpoint
CREATE TABLE `replication_state` (
	`id` integer PRIMARY KEY NOT NULL,
	`hlc` text,
	`cursor` integer DEFAULT 0 NOT NULL,
	`updated_at` text,
	CONSTRAINT "replication_state_single_row" CHECK("replication_state"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE `sync_message_clocks` (
	`outbox_id` integer PRIMARY KEY NOT NULL,
	`hlc` text NOT NULL,
	`envelope` text NOT NULL,
	FOREIGN KEY (`outbox_id`) REFERENCES `sync_outbox`(`id`) ON UPDATE no action ON DELETE no action
);
