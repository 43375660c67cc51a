ALTER TABLE `committed_personnel` ADD `protected_status_confirmed` integer;--> statement-breakpoint
ALTER TABLE `committed_personnel` ADD `protected_status_proven_from` text;--> statement-breakpoint
ALTER TABLE `committed_personnel` ADD `other_programme_support` text;