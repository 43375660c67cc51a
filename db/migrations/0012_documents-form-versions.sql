ALTER TABLE `documents` ADD `visit_id` integer;--> statement-breakpoint
ALTER TABLE `documents` ADD `form_document_id` text;--> statement-breakpoint
ALTER TABLE `documents` ADD `signature_count` integer DEFAULT 0 NOT NULL;