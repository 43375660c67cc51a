CREATE TABLE `enterprise_monthly_pek` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`enterprise_id` integer NOT NULL,
	`month` text NOT NULL,
	`pek_minor` integer NOT NULL,
	`workplaces` integer DEFAULT 1 NOT NULL,
	`import_batch_id` integer,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`import_batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "enterprise_monthly_pek_amount_check" CHECK("enterprise_monthly_pek"."pek_minor" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `enterprise_monthly_pek_key_idx` ON `enterprise_monthly_pek` (`enterprise_id`,`month`);--> statement-breakpoint
CREATE TABLE `finansman_applications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`enterprise_id` integer NOT NULL,
	`call` text NOT NULL,
	`status` text NOT NULL,
	`applied_on` text,
	`size` text NOT NULL,
	`bank_name` text,
	`responsible_user_id` integer,
	`decided_on` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`responsible_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "finansman_applications_call_check" CHECK("finansman_applications"."call" IN ('2026-1', '2026-2')),
	CONSTRAINT "finansman_applications_status_check" CHECK("finansman_applications"."status" IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'CANCELLED')),
	CONSTRAINT "finansman_applications_size_check" CHECK("finansman_applications"."size" IN ('KOBI', 'BUYUK'))
);
--> statement-breakpoint
CREATE INDEX `finansman_applications_enterprise_idx` ON `finansman_applications` (`enterprise_id`);--> statement-breakpoint
CREATE INDEX `finansman_applications_call_status_idx` ON `finansman_applications` (`call`,`status`,`applied_on`);--> statement-breakpoint
CREATE TABLE `finansman_decisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`application_id` integer NOT NULL,
	`call` text NOT NULL,
	`eligible` integer NOT NULL,
	`payroll_limit_minor` integer,
	`total_support_minor` integer NOT NULL,
	`snapshot` text NOT NULL,
	`rules_version` text NOT NULL,
	`decided_at` text NOT NULL,
	`decided_by_user_id` integer,
	FOREIGN KEY (`application_id`) REFERENCES `finansman_applications`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `finansman_decisions_application_idx` ON `finansman_decisions` (`application_id`);--> statement-breakpoint
CREATE TABLE `finansman_installments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`loan_id` integer NOT NULL,
	`number` integer NOT NULL,
	`due_on` text NOT NULL,
	`principal_minor` integer NOT NULL,
	`interest_minor` integer NOT NULL,
	FOREIGN KEY (`loan_id`) REFERENCES `finansman_loans`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "finansman_installments_number_check" CHECK("finansman_installments"."number" >= 1),
	CONSTRAINT "finansman_installments_amounts_check" CHECK("finansman_installments"."principal_minor" >= 0 AND "finansman_installments"."interest_minor" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `finansman_installments_loan_number_idx` ON `finansman_installments` (`loan_id`,`number`);--> statement-breakpoint
CREATE TABLE `finansman_loans` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`application_id` integer NOT NULL,
	`amount_minor` integer NOT NULL,
	`annual_rate_percent` text NOT NULL,
	`drawn_on` text NOT NULL,
	`term_months` integer NOT NULL,
	`grace_months` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `finansman_applications`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "finansman_loans_amount_check" CHECK("finansman_loans"."amount_minor" >= 0),
	CONSTRAINT "finansman_loans_term_check" CHECK("finansman_loans"."term_months" >= 1 AND "finansman_loans"."grace_months" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `finansman_loans_application_id_unique` ON `finansman_loans` (`application_id`);