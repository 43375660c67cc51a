DROP INDEX `applications_program_status_idx`;--> statement-breakpoint
DROP INDEX `applications_status_applied_idx`;--> statement-breakpoint
CREATE INDEX `applications_program_status_applied_idx` ON `applications` (`program`,`status`,`applied_on`);--> statement-breakpoint
DROP INDEX `monitoring_visits_due_idx`;--> statement-breakpoint
CREATE INDEX `monitoring_visits_open_due_idx` ON `monitoring_visits` (`due_on`) WHERE "monitoring_visits"."visited_on" IS NULL;--> statement-breakpoint
CREATE INDEX `loans_credit_pending_idx` ON `loans` (`application_id`) WHERE "loans"."credit_used_on" IS NULL;