CREATE TABLE `sync_messages` (
	`outbox_id` integer PRIMARY KEY NOT NULL,
	`message_id` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`supersedes` text,
	`assigned_at` text NOT NULL,
	`refusal` text,
	`reason` text,
	`current_version` text,
	`refused_at` text,
	FOREIGN KEY (`outbox_id`) REFERENCES `sync_outbox`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "sync_messages_refusal_check" CHECK("refusal" IS NULL OR "refusal" IN ('conflict', 'blocked'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sync_messages_message_id_idx` ON `sync_messages` (`message_id`);--> statement-breakpoint
CREATE INDEX `sync_messages_entity_idx` ON `sync_messages` (`entity`,`entity_id`,`outbox_id`);--> statement-breakpoint
CREATE INDEX `sync_messages_refused_idx` ON `sync_messages` (`refusal`,`outbox_id`) WHERE "sync_messages"."refusal" IS NOT NULL;--> statement-breakpoint
CREATE TABLE `sync_state` (
	`id` integer PRIMARY KEY NOT NULL,
	`device_id` text NOT NULL,
	`hq_url` text,
	`branch_id` text,
	`last_attempt_at` text,
	`last_success_at` text,
	`last_error_at` text,
	`last_error_code` text,
	`last_error_message` text,
	`consecutive_failures` integer DEFAULT 0 NOT NULL,
	CONSTRAINT "sync_state_single_row" CHECK("sync_state"."id" = 1)
);
