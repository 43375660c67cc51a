CREATE TABLE `login_throttle` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`username_key` text NOT NULL,
	`failures` integer NOT NULL,
	`blocked_until` text NOT NULL,
	`last_failure_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `login_throttle_username_key_unique` ON `login_throttle` (`username_key`);--> statement-breakpoint
CREATE INDEX `applications_call_calendar_idx` ON `applications` (`call_calendar_id`);--> statement-breakpoint
CREATE INDEX `workflow_states_state_idx` ON `workflow_states` (`state`,`record_kind`);