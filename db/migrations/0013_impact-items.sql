CREATE TABLE `impact_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`run_id` integer NOT NULL,
	`application_id` integer NOT NULL,
	`responsible_user_id` integer,
	`subject` text NOT NULL,
	`evaluation_id` integer,
	`payment_request_id` integer,
	`found_on` text NOT NULL,
	`before` text NOT NULL,
	`after` text NOT NULL,
	`changes` text NOT NULL,
	`summary` text NOT NULL,
	`status` text NOT NULL,
	`reviewed_by_user_id` integer,
	`reviewed_at` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`run_id`) REFERENCES `impact_runs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`responsible_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`evaluation_id`) REFERENCES `evaluations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reviewed_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "impact_items_status_check" CHECK("impact_items"."status" IN ('acik', 'incelendi', 'yeniden_degerlendirildi', 'yerine_yenisi_geldi')),
	CONSTRAINT "impact_items_subject_check" CHECK("impact_items"."subject" IN ('eligibility', 'payment'))
);
--> statement-breakpoint
CREATE INDEX `impact_items_application_idx` ON `impact_items` (`application_id`,`status`);--> statement-breakpoint
CREATE INDEX `impact_items_open_found_idx` ON `impact_items` (`found_on`,`id`) WHERE "impact_items"."status" = 'acik';--> statement-breakpoint
CREATE TABLE `impact_runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`trigger` text NOT NULL,
	`watermark` integer NOT NULL,
	`parameters` text NOT NULL,
	`cases_checked` integer NOT NULL,
	`cases_affected` integer NOT NULL,
	`workers` integer NOT NULL,
	`started_at` text NOT NULL,
	`finished_at` text NOT NULL
);
