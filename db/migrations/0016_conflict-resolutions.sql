CREATE TABLE `conflict_resolutions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`conflict_kind` text NOT NULL,
	`entity` text NOT NULL,
	`column` text,
	`hlc_low` text,
	`hlc_high` text,
	`item_id` text,
	`action` text NOT NULL,
	`value` text,
	`to_state` text,
	`note` text,
	`resolved_by` integer NOT NULL,
	`resolved_at` text NOT NULL,
	FOREIGN KEY (`resolved_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "conflict_resolutions_action_check" CHECK("action" IN ('keep', 'apply-other', 'acknowledge', 'transition')),
	CONSTRAINT "conflict_resolutions_kind_check" CHECK("conflict_kind" IN ('field', 'transition', 'apply'))
);
--> statement-breakpoint
CREATE INDEX `conflict_resolutions_pair_idx` ON `conflict_resolutions` (`entity`,`hlc_low`,`hlc_high`);--> statement-breakpoint
CREATE INDEX `conflict_resolutions_item_idx` ON `conflict_resolutions` (`item_id`);