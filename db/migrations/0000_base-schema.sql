CREATE TABLE `applications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`enterprise_id` integer NOT NULL,
	`program` text NOT NULL,
	`call_calendar_id` integer,
	`status` text NOT NULL,
	`applied_on` text,
	`approved_on` text,
	`application_province` text,
	`responsible_user_id` integer,
	`decision` text,
	`decided_on` text,
	`decision_reason` text,
	`terminated_on` text,
	`next_due_on` text,
	`sanctioned` integer,
	`excluded_activity` integer,
	`env_social_compliant` integer,
	`other_programs` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`call_calendar_id`) REFERENCES `call_calendars`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`responsible_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "applications_program_check" CHECK("applications"."program" IN ('IKDP-2025', 'IKDP-2026', 'ITKFDP-II')),
	CONSTRAINT "applications_status_check" CHECK("applications"."status" IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'CANCELLED', 'TERMINATED', 'COMPLETED')),
	CONSTRAINT "applications_decision_check" CHECK("applications"."decision" IS NULL OR "applications"."decision" IN ('APPROVED', 'REJECTED'))
);
--> statement-breakpoint
CREATE INDEX `applications_enterprise_idx` ON `applications` (`enterprise_id`);--> statement-breakpoint
CREATE INDEX `applications_program_status_idx` ON `applications` (`program`,`status`);--> statement-breakpoint
CREATE INDEX `applications_responsible_idx` ON `applications` (`responsible_user_id`);--> statement-breakpoint
CREATE INDEX `applications_next_due_idx` ON `applications` (`next_due_on`,`id`);--> statement-breakpoint
CREATE TABLE `attachments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`enterprise_id` integer NOT NULL,
	`application_id` integer,
	`file_name` text NOT NULL,
	`mime_type` text,
	`description` text,
	`sha256` text NOT NULL,
	`size_bytes` integer NOT NULL,
	`storage_path` text,
	`uploaded_at` text NOT NULL,
	`uploaded_by_user_id` integer,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`uploaded_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "attachments_size_check" CHECK("attachments"."size_bytes" >= 0),
	CONSTRAINT "attachments_sha256_check" CHECK(length("attachments"."sha256") = 64)
);
--> statement-breakpoint
CREATE INDEX `attachments_enterprise_idx` ON `attachments` (`enterprise_id`);--> statement-breakpoint
CREATE INDEX `attachments_application_idx` ON `attachments` (`application_id`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`seq` integer PRIMARY KEY NOT NULL,
	`at` text NOT NULL,
	`actor` text NOT NULL,
	`action` text NOT NULL,
	`table_name` text NOT NULL,
	`row_id` text NOT NULL,
	`before_json` text,
	`after_json` text,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL,
	CONSTRAINT "audit_log_action_check" CHECK("audit_log"."action" IN ('insert', 'update', 'delete'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `audit_log_hash_unique` ON `audit_log` (`hash`);--> statement-breakpoint
CREATE INDEX `audit_log_row_idx` ON `audit_log` (`table_name`,`row_id`,`seq`);--> statement-breakpoint
CREATE TABLE `call_calendars` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`program` text NOT NULL,
	`name` text NOT NULL,
	`announced_on` text,
	`application_start` text,
	`application_end` text,
	`application_end_status` text NOT NULL,
	`reference_months` text,
	`last_request_on` text,
	`last_request_status` text NOT NULL,
	`created_at` text NOT NULL,
	CONSTRAINT "call_calendars_program_check" CHECK("call_calendars"."program" IN ('IKDP-2025', 'IKDP-2026', 'ITKFDP-II')),
	CONSTRAINT "call_calendars_application_end_check" CHECK("call_calendars"."application_end_status" IN ('announced', 'not-announced', 'edition-default') AND ("call_calendars"."application_end" IS NOT NULL) = ("call_calendars"."application_end_status" = 'announced')),
	CONSTRAINT "call_calendars_last_request_check" CHECK("call_calendars"."last_request_status" IN ('announced', 'not-announced', 'edition-default') AND ("call_calendars"."last_request_on" IS NOT NULL) = ("call_calendars"."last_request_status" = 'announced'))
);
--> statement-breakpoint
CREATE TABLE `clawbacks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`application_id` integer NOT NULL,
	`payment_request_id` integer,
	`amount_eur_minor` integer NOT NULL,
	`paid_on` text NOT NULL,
	`notified_on` text,
	`repaid_on` text,
	`result_snapshot` text,
	`rules_version` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`payment_request_id`) REFERENCES `payment_requests`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "clawbacks_amount_check" CHECK("clawbacks"."amount_eur_minor" > 0)
);
--> statement-breakpoint
CREATE INDEX `clawbacks_application_idx` ON `clawbacks` (`application_id`);--> statement-breakpoint
CREATE TABLE `committed_personnel` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`application_id` integer NOT NULL,
	`person_key` text NOT NULL,
	`tckn` text NOT NULL,
	`first_name` text NOT NULL,
	`last_name` text NOT NULL,
	`citizenship` text NOT NULL,
	`gender` text NOT NULL,
	`birth_date` text NOT NULL,
	`hired_on` text NOT NULL,
	`left_on` text,
	`employed_month_before_announcement` integer,
	`replaces_id` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`replaces_id`) REFERENCES `committed_personnel`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "committed_personnel_citizenship_check" CHECK("committed_personnel"."citizenship" IN ('TR', 'GKAS', 'UKSK', 'OTHER')),
	CONSTRAINT "committed_personnel_gender_check" CHECK("committed_personnel"."gender" IN ('F', 'M')),
	CONSTRAINT "committed_personnel_replaces_check" CHECK("committed_personnel"."replaces_id" IS NULL OR "committed_personnel"."replaces_id" <> "committed_personnel"."id")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `committed_personnel_key_idx` ON `committed_personnel` (`application_id`,`person_key`);--> statement-breakpoint
CREATE UNIQUE INDEX `committed_personnel_tckn_idx` ON `committed_personnel` (`application_id`,`tckn`);--> statement-breakpoint
CREATE UNIQUE INDEX `committed_personnel_replaces_idx` ON `committed_personnel` (`replaces_id`);--> statement-breakpoint
CREATE TABLE `documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`application_id` integer,
	`payment_request_id` integer,
	`form_code` text NOT NULL,
	`title` text NOT NULL,
	`sha256` text NOT NULL,
	`size_bytes` integer NOT NULL,
	`data_hash` text,
	`storage_path` text,
	`created_at` text NOT NULL,
	`created_by_user_id` integer,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`payment_request_id`) REFERENCES `payment_requests`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "documents_size_check" CHECK("documents"."size_bytes" >= 0),
	CONSTRAINT "documents_sha256_check" CHECK(length("documents"."sha256") = 64)
);
--> statement-breakpoint
CREATE INDEX `documents_application_idx` ON `documents` (`application_id`);--> statement-breakpoint
CREATE TABLE `enterprise_monthly_prim_days` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`enterprise_id` integer NOT NULL,
	`province` text NOT NULL,
	`province_key` text NOT NULL,
	`month` text NOT NULL,
	`prim_days` integer NOT NULL,
	`import_batch_id` integer,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`import_batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "enterprise_monthly_prim_days_days_check" CHECK("enterprise_monthly_prim_days"."prim_days" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `enterprise_monthly_prim_days_key_idx` ON `enterprise_monthly_prim_days` (`enterprise_id`,`province_key`,`month`);--> statement-breakpoint
CREATE TABLE `enterprise_sites` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`enterprise_id` integer NOT NULL,
	`province` text NOT NULL,
	`province_key` text NOT NULL,
	`kind` text NOT NULL,
	`sgk_isyeri_sicil_no` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "enterprise_sites_kind_check" CHECK("enterprise_sites"."kind" IN ('merkez', 'sube'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `enterprise_sites_sgk_isyeri_sicil_no_unique` ON `enterprise_sites` (`sgk_isyeri_sicil_no`);--> statement-breakpoint
CREATE INDEX `enterprise_sites_enterprise_idx` ON `enterprise_sites` (`enterprise_id`);--> statement-breakpoint
CREATE INDEX `enterprise_sites_province_idx` ON `enterprise_sites` (`province_key`);--> statement-breakpoint
CREATE TABLE `enterprises` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`vkn` text,
	`tckn` text,
	`unvan` text NOT NULL,
	`legal_form` text NOT NULL,
	`registered` integer NOT NULL,
	`active` integer NOT NULL,
	`declaration_current` integer NOT NULL,
	`nace_main` text,
	`nace_reference_date` text,
	`founded_on` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "enterprises_identifier_check" CHECK("enterprises"."vkn" IS NOT NULL OR "enterprises"."tckn" IS NOT NULL),
	CONSTRAINT "enterprises_legal_form_check" CHECK("enterprises"."legal_form" IN ('GERCEK_KISI', 'TUZEL_KISI', 'DIGER'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `enterprises_vkn_unique` ON `enterprises` (`vkn`);--> statement-breakpoint
CREATE UNIQUE INDEX `enterprises_tckn_unique` ON `enterprises` (`tckn`);--> statement-breakpoint
CREATE TABLE `exchange_rates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`rate_date` text NOT NULL,
	`currency` text NOT NULL,
	`buying_rate` text NOT NULL,
	`source` text NOT NULL,
	`import_batch_id` integer,
	FOREIGN KEY (`import_batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `exchange_rates_date_currency_idx` ON `exchange_rates` (`rate_date`,`currency`);--> statement-breakpoint
CREATE TABLE `excluded_activities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`program` text NOT NULL,
	`nace_code` text NOT NULL,
	`description` text NOT NULL,
	`source` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `excluded_activities_code_idx` ON `excluded_activities` (`program`,`nace_code`);--> statement-breakpoint
CREATE TABLE `holidays` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`date` text NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`source` text NOT NULL,
	CONSTRAINT "holidays_kind_check" CHECK("holidays"."kind" IN ('full', 'half'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `holidays_date_unique` ON `holidays` (`date`);--> statement-breakpoint
CREATE TABLE `idari_izin_days` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`date` text NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`source` text NOT NULL,
	CONSTRAINT "idari_izin_days_kind_check" CHECK("idari_izin_days"."kind" IN ('full', 'half'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `idari_izin_days_date_unique` ON `idari_izin_days` (`date`);--> statement-breakpoint
CREATE TABLE `import_batches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`target` text DEFAULT '' NOT NULL,
	`file_name` text NOT NULL,
	`file_sha256` text NOT NULL,
	`row_count` integer DEFAULT 0 NOT NULL,
	`inserted_count` integer DEFAULT 0 NOT NULL,
	`updated_count` integer DEFAULT 0 NOT NULL,
	`skipped_count` integer DEFAULT 0 NOT NULL,
	`imported_at` text NOT NULL,
	`imported_by` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `import_batches_file_idx` ON `import_batches` (`kind`,`target`,`file_sha256`);--> statement-breakpoint
CREATE TABLE `legal_interest_rates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`effective_from` text NOT NULL,
	`percent` text NOT NULL,
	`act` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `legal_interest_rates_effective_from_unique` ON `legal_interest_rates` (`effective_from`);--> statement-breakpoint
CREATE TABLE `loan_installments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`loan_id` integer NOT NULL,
	`number` integer NOT NULL,
	`due_on` text,
	`amount_minor` integer,
	`paid` integer DEFAULT false NOT NULL,
	`paid_on` text,
	FOREIGN KEY (`loan_id`) REFERENCES `loans`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "loan_installments_number_check" CHECK("loan_installments"."number" >= 1),
	CONSTRAINT "loan_installments_paid_on_check" CHECK("loan_installments"."paid_on" IS NULL OR "loan_installments"."paid" = 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `loan_installments_loan_number_idx` ON `loan_installments` (`loan_id`,`number`);--> statement-breakpoint
CREATE TABLE `loans` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`application_id` integer NOT NULL,
	`amount_minor` integer,
	`term_months` integer,
	`funding_line` text,
	`bank_name` text,
	`credit_used_on` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "loans_funding_line_check" CHECK("loans"."funding_line" IS NULL OR "loans"."funding_line" IN ('FOSTER-II', 'BMZ-II')),
	CONSTRAINT "loans_amount_check" CHECK("loans"."amount_minor" IS NULL OR "loans"."amount_minor" > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `loans_application_id_unique` ON `loans` (`application_id`);--> statement-breakpoint
CREATE TABLE `monitoring_visits` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`application_id` integer NOT NULL,
	`kind` text NOT NULL,
	`due_on` text,
	`visited_on` text,
	`visitor_user_id` integer,
	`outcome` text,
	`notes` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`visitor_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "monitoring_visits_kind_check" CHECK("monitoring_visits"."kind" IN ('ON_SITE', 'POST_PROGRAMME')),
	CONSTRAINT "monitoring_visits_outcome_check" CHECK("monitoring_visits"."outcome" IS NULL OR "monitoring_visits"."outcome" IN ('COMPLIANT', 'NON_COMPLIANT', 'NOT_FOUND'))
);
--> statement-breakpoint
CREATE INDEX `monitoring_visits_application_idx` ON `monitoring_visits` (`application_id`);--> statement-breakpoint
CREATE INDEX `monitoring_visits_due_idx` ON `monitoring_visits` (`due_on`);--> statement-breakpoint
CREATE TABLE `nace_codes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`title` text NOT NULL,
	`parent_code` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `nace_codes_code_unique` ON `nace_codes` (`code`);--> statement-breakpoint
CREATE TABLE `payment_requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`application_id` integer NOT NULL,
	`program` text NOT NULL,
	`submitted_on` text NOT NULL,
	`months` text,
	`periods` text,
	`tax_liability_active` integer,
	`overdue_kosgeb_debt` integer,
	`overdue_tax_or_sgk_debt` integer,
	`commitment_declared` integer,
	`excuse_accepted` integer,
	`status` text NOT NULL,
	`approved` integer,
	`amount_minor` integer,
	`currency` text,
	`decision_snapshot` text,
	`rules_version` text,
	`edition_id` text,
	`decided_at` text,
	`decided_by_user_id` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "payment_requests_program_check" CHECK("payment_requests"."program" IN ('IKDP-2025', 'IKDP-2026', 'ITKFDP-II')),
	CONSTRAINT "payment_requests_status_check" CHECK("payment_requests"."status" IN ('SUBMITTED', 'DECIDED', 'WITHDRAWN')),
	CONSTRAINT "payment_requests_currency_check" CHECK("payment_requests"."currency" IS NULL OR "payment_requests"."currency" IN ('TRY', 'EUR')),
	CONSTRAINT "payment_requests_subject_check" CHECK(("payment_requests"."months" IS NULL) <> ("payment_requests"."periods" IS NULL)),
	CONSTRAINT "payment_requests_decision_check" CHECK(("payment_requests"."status" = 'DECIDED') = ("payment_requests"."decision_snapshot" IS NOT NULL AND "payment_requests"."approved" IS NOT NULL AND "payment_requests"."amount_minor" IS NOT NULL AND "payment_requests"."rules_version" IS NOT NULL))
);
--> statement-breakpoint
CREATE INDEX `payment_requests_application_idx` ON `payment_requests` (`application_id`);--> statement-breakpoint
CREATE TABLE `person_monthly_days` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`enterprise_id` integer NOT NULL,
	`province` text NOT NULL,
	`province_key` text NOT NULL,
	`tckn` text NOT NULL,
	`month` text NOT NULL,
	`prim_days` integer DEFAULT 0 NOT NULL,
	`counted_leave_days` integer DEFAULT 0 NOT NULL,
	`import_batch_id` integer,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`import_batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "person_monthly_days_prim_days_check" CHECK("person_monthly_days"."prim_days" BETWEEN 0 AND 30),
	CONSTRAINT "person_monthly_days_leave_days_check" CHECK("person_monthly_days"."counted_leave_days" BETWEEN 0 AND 30)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `person_monthly_days_key_idx` ON `person_monthly_days` (`enterprise_id`,`province_key`,`tckn`,`month`);--> statement-breakpoint
CREATE INDEX `person_monthly_days_person_idx` ON `person_monthly_days` (`enterprise_id`,`tckn`);--> statement-breakpoint
CREATE TABLE `programme_editions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`edition_id` text NOT NULL,
	`version` integer NOT NULL,
	`payload` text NOT NULL,
	`provisional` integer NOT NULL,
	`source` text NOT NULL,
	`effective_from` text,
	`imported_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `programme_editions_version_idx` ON `programme_editions` (`edition_id`,`version`);--> statement-breakpoint
CREATE TABLE `sync_outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`op` text NOT NULL,
	`payload` text,
	`content_hash` text NOT NULL,
	`audit_seq` integer NOT NULL,
	`created_at` text NOT NULL,
	`sent_at` text,
	FOREIGN KEY (`audit_seq`) REFERENCES `audit_log`(`seq`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sync_outbox_pending_idx` ON `sync_outbox` (`sent_at`,`id`);--> statement-breakpoint
CREATE TABLE `termination_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`application_id` integer NOT NULL,
	`type` text NOT NULL,
	`occurred_on` text NOT NULL,
	`note` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "termination_events_type_check" CHECK("termination_events"."type" IN ('LIQUIDATION', 'CLOSURE', 'TRANSFER_MERGER_TERMINATED', 'LOAN_RESTRUCTURED'))
);
--> statement-breakpoint
CREATE INDEX `termination_events_application_idx` ON `termination_events` (`application_id`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`username` text NOT NULL,
	`full_name` text NOT NULL,
	`role` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL,
	CONSTRAINT "users_role_check" CHECK("users"."role" IN ('sorumlu_personel', 'mudur', 'izleyici', 'yonetici'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_username_unique` ON `users` (`username`);